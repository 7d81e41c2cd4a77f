import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { OrganisationKind } from '@muster/identity';
import { INCIDENT_CATEGORIES, INCIDENT_CATEGORY_INFO } from '@muster/runbooks';
import { ReadinessAccess } from '../readiness.access';
import { ReadinessAudit } from '../readiness.audit';
import { appliesToKind } from './category-applicability';
import { OptInStore } from './opt-in.store';
import { ReadinessOptIn, ReadinessOptInInput } from './opt-in.types';

/**
 * An organisation's opt-ins to categories beyond its kind's (category-applicability.ts).
 * Seen by whoever sees its readiness; changed by its EPRR lead or organisation admin, or a
 * system administrator, and audited.
 */
@Injectable()
export class OptInsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly store: OptInStore,
  ) {}

  /** Its opt-ins, in the order of the categories. */
  async list(principal: Principal, organisationId: string): Promise<ReadinessOptIn[]> {
    await this.assertCanSee(principal, organisationId);
    const manager = this.dataSource.manager;
    if ((await this.store.organisationKind(manager, organisationId)) === null)
      throw DomainError.notFound('Organisation');
    const rows = await this.store.ofOrganisation(manager, organisationId);
    return INCIDENT_CATEGORIES.flatMap((c) => rows.filter((r) => r.category === c)).map((r) => ({
      organisationId,
      ...r,
    }));
  }

  async optIn(principal: Principal, { organisationId, category }: ReadinessOptInInput): Promise<ReadinessOptIn> {
    await this.assertCanChange(principal, organisationId);
    return this.uow.run(
      async (tx) => {
        const organisation = await this.store.lockOrganisation(tx, organisationId);
        if (!organisation) throw DomainError.notFound('Organisation');
        const words = INCIDENT_CATEGORY_INFO[category].words;
        if (appliesToKind(category, organisation.kind as OrganisationKind)) {
          throw DomainError.badInput(
            'category',
            `${words} already applies to ${organisation.name} by its kind (${organisation.kind})`,
          );
        }
        const current = await this.store.ofOrganisation(tx.manager, organisationId);
        if (current.some((r) => r.category === category))
          throw DomainError.conflict(`${organisation.name} has already opted in to ${words}`);
        await this.store.insert(tx, organisationId, category, principal.userId);
        tx.record({
          action: ReadinessAudit.categoryOptedIn,
          organisationId,
          entityType: 'organisation',
          entityId: organisationId,
          summary: `${organisation.name} opted in to readiness for ${words}`,
          changes: { before: current.map((r) => r.category), after: [...current.map((r) => r.category), category] },
        });
        return { organisationId, category, optedInBy: principal.userId, optedInAt: tx.now };
      },
      { actor: principal.actor },
    );
  }

  /** Withdraws an opt-in: the opt-in as it was. */
  async withdraw(principal: Principal, { organisationId, category }: ReadinessOptInInput): Promise<ReadinessOptIn> {
    await this.assertCanChange(principal, organisationId);
    return this.uow.run(
      async (tx) => {
        const organisation = await this.store.lockOrganisation(tx, organisationId);
        if (!organisation) throw DomainError.notFound('Organisation');
        const words = INCIDENT_CATEGORY_INFO[category].words;
        const current = await this.store.ofOrganisation(tx.manager, organisationId);
        const held = current.find((r) => r.category === category);
        if (!held) throw DomainError.badInput('category', `${organisation.name} has not opted in to ${words}`);
        await this.store.remove(tx, organisationId, category);
        tx.record({
          action: ReadinessAudit.categoryOptInWithdrawn,
          organisationId,
          entityType: 'organisation',
          entityId: organisationId,
          summary: `${organisation.name} withdrew its opt-in to readiness for ${words}`,
          changes: {
            before: current.map((r) => r.category),
            after: current.filter((r) => r !== held).map((r) => r.category),
          },
        });
        return { organisationId, ...held };
      },
      { actor: principal.actor },
    );
  }

  private async assertCanSee(principal: Principal, organisationId: string): Promise<void> {
    if (ReadinessAccess.seesAsMember(principal, organisationId)) return;
    if (await this.store.anyIcb(this.dataSource.manager, ReadinessAccess.eprrLeadOrganisations(principal))) return;
    throw DomainError.notFound('Organisation');
  }

  private async assertCanChange(principal: Principal, organisationId: string): Promise<void> {
    await this.assertCanSee(principal, organisationId);
    const allowed = principal.isSystemAdmin || principal.holdsAny([Role.ORG_ADMIN, Role.EPRR_LEAD], organisationId);
    if (!allowed) throw DomainError.forbidden();
  }
}
