import { OmitType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { AuditFilter, ICS_CHAIN } from '@muster/platform-audit';
import { AuditTrailFilter } from './audit-trail.inputs';

const ORGANISATION_OR_ICS = /^(ics|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * The export's query string: the trail filter, with `organisationId=ics` for the
 * ICS-wide chain (the events of no organisation), as `audit:export --organisation ics`.
 * Not a GraphQL type: `auditTrail` filters by organisation only.
 */
export class AuditExportQuery extends OmitType(AuditTrailFilter, ['organisationId'] as const) {
  @IsOptional()
  @Matches(ORGANISATION_OR_ICS, { message: 'must be an organisation id or "ics"' })
  organisationId?: string;
}

/** The trail filter of an export: `ics` names the chain, an id the organisation (whose events are its chain). */
export function exportFilterOf(query: AuditExportQuery): AuditFilter {
  const organisationId = query.organisationId?.toLowerCase();
  return organisationId === ICS_CHAIN
    ? { ...query, organisationId: undefined, chainId: ICS_CHAIN }
    : { ...query, organisationId };
}
