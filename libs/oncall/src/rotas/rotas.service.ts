import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { Clock, DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { daysMask, dutyWords, WEEKDAYS } from '../duty';
import { OnCallAccess } from '../oncall.access';
import { OnCallAudit, ONCALL_ENTITY } from '../oncall.audit';
import { anchorOf, checkWindow } from './rota-pattern';
import {
  AddRotaOverrideInput,
  CancelRotaOverrideInput,
  CreateRotaInput,
  OnCallNowArgs,
  RemoveRotaLayerInput,
  RenameRotaInput,
  SetRotaLayerInput,
} from './rota.inputs';
import { personOrNull, toRota } from './rota.mappers';
import { LockedRota, RotaStore } from './rota.store';
import { OnCall, OnCallSource, Rota } from './rota.types';

const rotaWords = (r: { duty: LockedRota['duty']; deputy: boolean; name: string }) =>
  `${dutyWords(r.duty)} on-call${r.deputy ? ' deputy' : ''} rota "${r.name}"`;

/** Rotas: who is on call, and the changes an organisation's admins and EPRR lead make. */
@Injectable()
export class RotasService {
  constructor(
    private readonly db: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly store: RotaStore,
  ) {}

  async rotas(principal: Principal, organisationId: string): Promise<Rota[]> {
    const sight = await this.store.organisationSight(
      this.db.manager,
      organisationId,
      OnCallAccess.icbCandidates(principal),
    );
    OnCallAccess.assertCanSee(principal, sight);
    return (await this.store.ofOrganisation(this.db.manager, organisationId, this.clock.now())).map(toRota);
  }

  /** Who is on call for the duty at `at` (now by default): one statement for the primary and deputy rotas. */
  async onCallNow(principal: Principal, args: OnCallNowArgs): Promise<OnCall> {
    const sight = await this.store.organisationSight(
      this.db.manager,
      args.organisationId,
      OnCallAccess.icbCandidates(principal),
    );
    OnCallAccess.assertCanSee(principal, sight);
    const at = args.at ?? this.clock.now();
    const rows = await this.store.onCallAt(this.db.manager, args.organisationId, args.duty, at);
    const primary = rows.find((r) => !r.deputy);
    const deputy = rows.find((r) => r.deputy);
    return {
      organisationId: args.organisationId,
      duty: args.duty,
      at,
      rotaId: primary?.rotaId ?? null,
      person: personOrNull(primary?.userId ?? null, primary?.displayName ?? null),
      source: !primary?.userId ? OnCallSource.NOBODY : primary.overrideId ? OnCallSource.OVERRIDE : OnCallSource.LAYER,
      deputy: personOrNull(deputy?.userId ?? null, deputy?.displayName ?? null),
    };
  }

  create(principal: Principal, input: CreateRotaInput): Promise<Rota> {
    return this.uow.run(
      async (tx) => {
        const sight = await this.store.organisationSight(
          tx.manager,
          input.organisationId,
          OnCallAccess.icbCandidates(principal),
        );
        OnCallAccess.assertCanEdit(principal, sight);
        const deputy = input.deputy ?? false;
        const id = await this.store.insert(tx, input.organisationId, input.duty, deputy, input.name);
        tx.record({
          action: OnCallAudit.rotaCreated,
          organisationId: input.organisationId,
          entityType: ONCALL_ENTITY.rota,
          entityId: id,
          summary: `${rotaWords({ duty: input.duty, deputy, name: input.name })} created`,
          changes: { duty: input.duty, deputy, name: input.name },
        });
        return toRota(await this.store.one(tx.manager, id, tx.now));
      },
      { actor: principal.actor },
    );
  }

  rename(principal: Principal, input: RenameRotaInput): Promise<Rota> {
    return this.change(principal, input.rotaId, input.version, async (tx, rota) => {
      if (rota.name === input.name) return false;
      await this.store.touch(tx, rota.id, input.name);
      tx.record({
        ...this.event(rota, OnCallAudit.rotaRenamed),
        summary: `${rotaWords(rota)} renamed "${input.name}"`,
        changes: { before: { name: rota.name }, after: { name: input.name } },
      });
      return true;
    });
  }

  setLayer(principal: Principal, input: SetRotaLayerInput): Promise<Rota> {
    return this.change(principal, input.rotaId, input.version, async (tx, rota) => {
      const participantIds = input.participantIds;
      const members = await this.store.members(tx.manager, rota.organisationId, participantIds);
      const outsiders = participantIds.filter((id) => !members.includes(id));
      if (outsiders.length)
        throw DomainError.badInput('participantIds', 'every participant must be an active member of the organisation');
      checkWindow(input.coversFrom, input.coversTo);
      const anchor = anchorOf(input);
      const days = input.coversWeekdays ?? [...WEEKDAYS];
      const layer = {
        rank: input.rank,
        name: input.name,
        participantIds,
        shiftDays: input.shiftDays,
        anchor,
        daysMask: daysMask(days),
        windowFrom: input.coversFrom ?? null,
        windowTo: input.coversTo ?? null,
      };
      const how = await this.store.upsertLayer(tx, rota.id, layer);
      await this.store.touch(tx, rota.id);
      tx.record({
        ...this.event(rota, OnCallAudit.layerSet),
        summary: `${rotaWords(rota)}: layer ${input.rank} "${input.name}" ${how} (${participantIds.length} people, ${input.shiftDays}-day shifts from ${anchor} London time)`,
        changes: { layer: { ...layer, coversWeekdays: days }, how },
      });
      return true;
    });
  }

  removeLayer(principal: Principal, input: RemoveRotaLayerInput): Promise<Rota> {
    return this.change(principal, input.rotaId, input.version, async (tx, rota) => {
      if (!(await this.store.deleteLayer(tx, rota.id, input.rank)))
        throw DomainError.badInput('rank', 'the rota has no layer of this rank');
      await this.store.touch(tx, rota.id);
      tx.record({
        ...this.event(rota, OnCallAudit.layerRemoved),
        summary: `${rotaWords(rota)}: layer ${input.rank} removed`,
        changes: { rank: input.rank },
      });
      return true;
    });
  }

  addOverride(principal: Principal, input: AddRotaOverrideInput): Promise<Rota> {
    return this.change(principal, input.rotaId, null, async (tx, rota) => {
      const members = await this.store.members(tx.manager, rota.organisationId, [input.userId, input.agreedByUserId]);
      if (!members.includes(input.userId))
        throw DomainError.badInput('userId', 'must be an active member of the organisation');
      if (!members.includes(input.agreedByUserId))
        throw DomainError.badInput('agreedByUserId', 'must be an active member of the organisation');
      if (input.endsAt.getTime() <= input.startsAt.getTime())
        throw DomainError.badInput('endsAt', 'must be after startsAt');
      if (input.endsAt.getTime() <= tx.now.getTime()) throw DomainError.badInput('endsAt', 'must be in the future');
      const id = await this.store.insertOverride(tx, rota.id, {
        userId: input.userId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        agreedBy: input.agreedByUserId,
        reason: input.reason,
        createdBy: principal.userId,
      });
      await this.store.touch(tx, rota.id);
      tx.record({
        ...this.event(rota, OnCallAudit.overrideAdded),
        summary: `${rotaWords(rota)}: cover from ${input.startsAt.toISOString()} to ${input.endsAt.toISOString()}`,
        changes: {
          overrideId: id,
          userId: input.userId,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          agreedBy: input.agreedByUserId,
          reason: input.reason,
        },
      });
      return true;
    });
  }

  cancelOverride(principal: Principal, input: CancelRotaOverrideInput): Promise<Rota> {
    return this.uow.run(
      async (tx) => {
        const rota = await this.store.lockOfOverride(tx, input.overrideId, OnCallAccess.icbCandidates(principal));
        OnCallAccess.assertCanEdit(principal, rota, 'Override');
        const locked = rota as NonNullable<typeof rota>;
        if (locked.cancelledAt) throw DomainError.conflict('The override is already cancelled');
        await this.store.cancelOverride(tx, input.overrideId, principal.userId);
        await this.store.touch(tx, locked.id);
        tx.record({
          ...this.event(locked, OnCallAudit.overrideCancelled),
          summary: `${rotaWords(locked)}: cover cancelled`,
          changes: { overrideId: input.overrideId, userId: locked.overrideUserId },
        });
        return toRota(await this.store.one(tx.manager, locked.id, tx.now));
      },
      { actor: principal.actor },
    );
  }

  private event(rota: LockedRota, action: string) {
    return { action, organisationId: rota.organisationId, entityType: ONCALL_ENTITY.rota, entityId: rota.id };
  }

  /** Locks the rota (NOT_FOUND out of sight, FORBIDDEN for non-editors, CONFLICT for a stale version) and applies the change. */
  private change(
    principal: Principal,
    rotaId: string,
    version: number | null,
    apply: (tx: Transaction, rota: LockedRota) => Promise<boolean>,
  ): Promise<Rota> {
    return this.uow.run(
      async (tx) => {
        const rota = await this.store.lock(tx, rotaId, OnCallAccess.icbCandidates(principal));
        OnCallAccess.assertCanEdit(principal, rota, 'Rota');
        const locked = rota as LockedRota;
        if (version !== null && version !== locked.version)
          throw DomainError.conflict(`The rota has changed (version ${locked.version}): reload it and try again`);
        if (!(await apply(tx, locked))) {
          const unchanged = toRota(await this.store.one(tx.manager, locked.id, tx.now));
          tx.nothingToRecord();
          return unchanged;
        }
        return toRota(await this.store.one(tx.manager, locked.id, tx.now));
      },
      { actor: principal.actor },
    );
  }
}
