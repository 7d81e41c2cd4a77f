import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { IdentityAudit } from '../identity.audit';
import { OrganisationStore } from '../organisations/organisation.store';
import { OrganisationsService } from '../organisations/organisations.service';
import { functionWords } from '../teams/team-function';
import { SharedServiceAccess } from './shared-service.access';
import { EndSharedServiceInput, RecordSharedServiceInput } from './shared-service.inputs';
import { SharedServiceRow, SharedServiceStore } from './shared-service.store';
import { SharedService } from './shared-service.types';

/**
 * Shared services: which organisation delivers a function for another. Recorded by the
 * ICS (a system administrator or the ICB's EPRR lead); both sides see it. Each change is
 * one audit event on the client organisation.
 */
@Injectable()
export class SharedServicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly store: SharedServiceStore,
    private readonly organisations: OrganisationStore,
    private readonly organisationsService: OrganisationsService,
  ) {}

  /** The arrangements the organisation receives and those it provides. */
  async list(principal: Principal, organisationId: string): Promise<SharedService[]> {
    const manager = this.dataSource.manager;
    SharedServiceAccess.assertCanSee(
      principal,
      organisationId,
      await this.organisationsService.isIcbEprrLead(principal, manager),
    );
    await this.organisations.nameOf(manager, organisationId);
    return (await this.store.ofOrganisation(manager, organisationId)).map(toSharedService);
  }

  async record(principal: Principal, input: RecordSharedServiceInput): Promise<SharedService> {
    const { clientOrganisationId, providerOrganisationId } = input;
    const icbLead = await this.organisationsService.isIcbEprrLead(principal);
    SharedServiceAccess.assertCanRecord(principal, clientOrganisationId, icbLead);
    if (clientOrganisationId === providerOrganisationId)
      throw DomainError.badInput('providerOrganisationId', 'must be another organisation than the client');
    return this.uow.run(
      async (tx) => {
        const client = await this.organisations.nameOf(tx.manager, clientOrganisationId);
        await this.organisations.nameOf(tx.manager, providerOrganisationId);
        const existing = await this.store.lock(tx, clientOrganisationId, input.function);
        if (existing) {
          throw DomainError.conflict(
            `${existing.providerName} already delivers ${functionWords(input.function)} for ${client}: end that arrangement first`,
          );
        }
        await this.store.insert(
          tx,
          { clientOrganisationId, function: input.function, providerOrganisationId, note: input.note ?? '' },
          principal.userId,
        );
        const row = await this.store.lock(tx, clientOrganisationId, input.function);
        if (!row) throw new Error('The shared service just recorded is missing');
        tx.record({
          action: IdentityAudit.sharedServiceRecorded,
          organisationId: clientOrganisationId,
          entityType: 'organisation',
          entityId: clientOrganisationId,
          summary: `${row.providerName} delivers ${functionWords(row.function)} for ${row.clientName}`,
          changes: { function: row.function, providerOrganisationId, note: row.note },
        });
        return toSharedService(row);
      },
      { actor: principal.actor },
    );
  }

  async end(principal: Principal, input: EndSharedServiceInput): Promise<SharedService> {
    const { clientOrganisationId } = input;
    const icbLead = await this.organisationsService.isIcbEprrLead(principal);
    SharedServiceAccess.assertCanRecord(principal, clientOrganisationId, icbLead);
    return this.uow.run(
      async (tx) => {
        const client = await this.organisations.nameOf(tx.manager, clientOrganisationId);
        const row = await this.store.lock(tx, clientOrganisationId, input.function);
        if (!row)
          throw DomainError.badInput(
            'function',
            `no other organisation delivers ${functionWords(input.function)} for ${client}`,
          );
        await this.store.remove(tx, clientOrganisationId, input.function);
        tx.record({
          action: IdentityAudit.sharedServiceEnded,
          organisationId: clientOrganisationId,
          entityType: 'organisation',
          entityId: clientOrganisationId,
          summary: `${row.providerName} no longer delivers ${functionWords(row.function)} for ${row.clientName}: ${input.reason}`,
          changes: { function: row.function, providerOrganisationId: row.providerOrganisationId, reason: input.reason },
        });
        return toSharedService(row);
      },
      { actor: principal.actor },
    );
  }
}

function toSharedService(row: SharedServiceRow): SharedService {
  return {
    clientOrganisationId: row.clientOrganisationId,
    clientName: row.clientName,
    function: row.function,
    functionWords: functionWords(row.function),
    providerOrganisationId: row.providerOrganisationId,
    providerName: row.providerName,
    note: row.note,
    recordedAt: row.recordedAt,
  };
}
