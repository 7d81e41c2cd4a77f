import { Injectable } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { Clock, DomainError } from '@muster/platform-core';
import { OrganisationKind } from '@muster/identity';
import { IncidentCategory } from '@muster/runbooks';
import { ReadinessAccess } from './readiness.access';
import { OrganisationReadiness, SystemReadiness } from './api/readiness.types';
import { toOrganisationReadiness, toSystemReadiness } from './api/readiness.views';
import { ReadinessStore } from './data/readiness.store';
import { dutyKey } from './duty-bits/duty-set';
import { HolderFacts, RunbookFacts } from './rules/readiness.facts';
import { assessOrganisation, assessSystem } from './rules/readiness.rollup';
import { heldDuties, uncoveredDuties } from './rules/readiness.rules';

/** Derives readiness on every read: nothing here writes, and nothing is stored. */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly store: ReadinessStore,
    private readonly clock: Clock,
  ) {}

  /** One organisation, with the steps behind each role gap named. */
  async organisationReadiness(principal: Principal, organisationId: string): Promise<OrganisationReadiness> {
    await this.assertCanSeeOrganisation(principal, organisationId);
    const organisation = await this.store.organisation(organisationId);
    if (!organisation) throw DomainError.notFound('Organisation');
    const now = this.clock.now();
    const [runbooks, holders, templates] = await Promise.all([
      this.store.runbooks({ organisationId, at: now }),
      this.store.holders(organisationId, now),
      this.store.templates({}),
    ]);
    await this.attachUncoveredSteps(organisationId, runbooks, holders);
    const assessment = assessOrganisation({ organisation, runbooks, holders, templates, now, words: true });
    return toOrganisationReadiness(assessment, now);
  }

  /** The matrix organisations × categories: the same four statements whatever its size. */
  async systemReadiness(principal: Principal, category?: IncidentCategory): Promise<SystemReadiness> {
    const organisationsRead = this.store.organisations();
    // Only an EPRR lead's access depends on the organisations (is theirs the ICB?): check it
    // before reading the rest; a system-wide role reads everything at once.
    if (!principal.isSystemWide) {
      const icbIds = (await organisationsRead).filter((o) => o.kind === OrganisationKind.ICB).map((o) => o.id);
      ReadinessAccess.assertCoordinatesSystem(principal, icbIds);
    }
    const now = this.clock.now();
    const [organisations, runbooks, holders, templates] = await Promise.all([
      organisationsRead,
      this.store.matrixRunbooks({ category, at: now }),
      this.store.holders(undefined, now),
      this.store.templates({ category }),
    ]);
    return toSystemReadiness(assessSystem(organisations, runbooks, holders, templates, now, category), now);
  }

  private async assertCanSeeOrganisation(principal: Principal, organisationId: string): Promise<void> {
    if (ReadinessAccess.seesAsMember(principal, organisationId)) return;
    const eprrLeadOf = ReadinessAccess.eprrLeadOrganisations(principal);
    if (eprrLeadOf.length > 0 && (await this.store.includesIcb(eprrLeadOf))) return;
    throw DomainError.notFound('Organisation');
  }

  /** One more statement, only when some step's role is not held: the steps to name. */
  private async attachUncoveredSteps(
    organisationId: string,
    runbooks: RunbookFacts[],
    holders: HolderFacts[],
  ): Promise<void> {
    const held = heldDuties(holders);
    const keys = new Set(runbooks.flatMap((r) => uncoveredDuties(r, held).map(dutyKey)));
    if (keys.size === 0) return;
    const steps = await this.store.uncoveredSteps(organisationId, [...keys]);
    for (const r of runbooks) r.uncoveredSteps = steps.filter((s) => s.runbookId === r.id);
  }
}
