import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Principal } from '@muster/platform-access';
import { READINESS_READERS, SYSTEM_READINESS_READERS } from '../readiness.access';
import { ReadinessArgs, SystemReadinessArgs } from './readiness.args';
import { ReadinessService } from '../readiness.service';
import { OrganisationReadiness, SystemReadiness } from './readiness.types';

const CRITERIA =
  'Criteria per live runbook: an approved version; in date (next review not passed); every step’s responsible role held ' +
  'by a named, active person of the organisation (the role, in a team of the step’s function or in no team; steps of the ' +
  'approved version in force, else of the draft); exercised within 12 months and no overdue exercise actions (UNKNOWN: ' +
  'exercises are not recorded in Muster yet, and left out of the score); not behind its ICS template (NOT_APPLICABLE, left ' +
  'out of the score, for a runbook of its own). A draft beside an approved runbook of the same category does not count in ' +
  'the category. A category an ICS ' +
  'template covers without a runbook of the organisation is a gap scoring 0. Only categories that apply to the organisation’s ' +
  'kind, or that it has opted in to (optInToCategory), are scored; the others are NOT_APPLICABLE (councils and the SOC are ' +
  'not held to the NHS clinical plans).';

@Resolver()
export class ReadinessResolver {
  constructor(private readonly service: ReadinessService) {}

  @Allow(...READINESS_READERS)
  @Query(() => OrganisationReadiness, {
    description: `Readiness of an organisation: any of its members, a system-wide role, or the ICB's EPRR lead; NOT_FOUND otherwise. ${CRITERIA}`,
  })
  readiness(
    @CurrentPrincipal() principal: Principal,
    @Args() { organisationId }: ReadinessArgs,
  ): Promise<OrganisationReadiness> {
    return this.service.organisationReadiness(principal, organisationId);
  }

  @Allow(...SYSTEM_READINESS_READERS)
  @Query(() => SystemReadiness, {
    description: `The readiness matrix organisations × incident categories: SYSTEM_ADMIN, AUDITOR or the ICB's EPRR lead; FORBIDDEN otherwise. ${CRITERIA}`,
  })
  systemReadiness(
    @CurrentPrincipal() principal: Principal,
    @Args() { category }: SystemReadinessArgs,
  ): Promise<SystemReadiness> {
    return this.service.systemReadiness(principal, category);
  }
}
