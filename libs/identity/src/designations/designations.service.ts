import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { IdentityAudit } from '../identity.audit';
import { OrganisationStore } from '../organisations/organisation.store';
import { OrganisationsService } from '../organisations/organisations.service';
import { Designation, DESIGNATIONS, designationWords, SINGLE_HOLDER_DESIGNATIONS } from './designation';
import { DesignationAccess } from './designation.access';
import { DesignationInput } from './designation.inputs';
import { DesignationRow, DesignationStore } from './designation.store';
import { OrganisationDesignation } from './designation.types';

/** An organisation's designations: who is its SIRO, its Caldicott Guardian, its gold on-call… */
@Injectable()
export class DesignationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly store: DesignationStore,
    private readonly organisations: OrganisationStore,
    private readonly organisationsService: OrganisationsService,
  ) {}

  /** Every designation of the organisation, held or not, in their order. */
  async list(principal: Principal, organisationId: string): Promise<OrganisationDesignation[]> {
    const manager = this.dataSource.manager;
    DesignationAccess.assertCanSee(
      principal,
      organisationId,
      await this.organisationsService.isIcbEprrLead(principal, manager),
    );
    await this.organisations.nameOf(manager, organisationId);
    const rows = await this.store.ofOrganisation(manager, organisationId);
    return DESIGNATIONS.map((d) =>
      toDesignation(
        organisationId,
        d,
        rows.filter((r) => r.designation === d),
      ),
    );
  }

  /** Designates a member: for a single-holder designation the previous holder is replaced. */
  async designate(principal: Principal, input: DesignationInput): Promise<OrganisationDesignation> {
    const { organisationId, designation, userId } = input;
    DesignationAccess.assertCanChange(
      principal,
      organisationId,
      await this.organisationsService.isIcbEprrLead(principal),
    );
    return this.uow.run(
      async (tx) => {
        const organisation = await this.organisations.nameOf(tx.manager, organisationId);
        const person = await this.store.member(tx.manager, organisationId, userId);
        if (!person) throw DomainError.badInput('userId', `is not a member of ${organisation}`);
        if (!person.active) throw DomainError.badInput('userId', `${person.displayName}'s account is inactive`);
        const before = await this.store.lockHolders(tx, organisationId, designation);
        if (before.some((h) => h.userId === userId)) {
          throw DomainError.conflict(
            `${person.displayName} is already ${designationWords(designation)} at ${organisation}`,
          );
        }
        const replaced = SINGLE_HOLDER_DESIGNATIONS.includes(designation) ? before : [];
        if (replaced.length)
          await this.store.remove(
            tx,
            organisationId,
            designation,
            replaced.map((h) => h.userId),
          );
        await this.store.insert(tx, organisationId, designation, userId, principal.userId);
        const replacing = replaced.length ? ` in place of ${replaced.map((h) => h.displayName).join(', ')}` : '';
        tx.record({
          action: IdentityAudit.designationSet,
          organisationId,
          entityType: 'organisation',
          entityId: organisationId,
          summary: `${person.displayName} designated ${designationWords(designation)} at ${organisation}${replacing}`,
          changes: {
            designation,
            before: before.map((h) => h.userId),
            after: [...before.filter((h) => !replaced.includes(h)).map((h) => h.userId), userId],
          },
        });
        return toDesignation(
          organisationId,
          designation,
          await this.store.lockHolders(tx, organisationId, designation),
        );
      },
      { actor: principal.actor },
    );
  }

  /** Ends a person's designation. */
  async clear(principal: Principal, input: DesignationInput): Promise<OrganisationDesignation> {
    const { organisationId, designation, userId } = input;
    DesignationAccess.assertCanChange(
      principal,
      organisationId,
      await this.organisationsService.isIcbEprrLead(principal),
    );
    return this.uow.run(
      async (tx) => {
        const organisation = await this.organisations.nameOf(tx.manager, organisationId);
        const before = await this.store.lockHolders(tx, organisationId, designation);
        const held = before.find((h) => h.userId === userId);
        if (!held)
          throw DomainError.badInput('userId', `does not hold ${designationWords(designation)} at ${organisation}`);
        await this.store.remove(tx, organisationId, designation, [userId]);
        tx.record({
          action: IdentityAudit.designationCleared,
          organisationId,
          entityType: 'organisation',
          entityId: organisationId,
          summary: `${held.displayName} is no longer ${designationWords(designation)} at ${organisation}`,
          changes: {
            designation,
            before: before.map((h) => h.userId),
            after: before.filter((h) => h !== held).map((h) => h.userId),
          },
        });
        return toDesignation(
          organisationId,
          designation,
          before.filter((h) => h !== held),
        );
      },
      { actor: principal.actor },
    );
  }
}

function toDesignation(
  organisationId: string,
  designation: Designation,
  rows: readonly DesignationRow[],
): OrganisationDesignation {
  return {
    organisationId,
    designation,
    words: designationWords(designation),
    holders: rows.map((r) => ({
      userId: r.userId,
      displayName: r.displayName,
      active: r.active,
      designatedAt: r.designatedAt,
    })),
  };
}
