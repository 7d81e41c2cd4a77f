import { CreatedAuditTrail1764316800000 } from './1764316800000-CreatedAuditTrail';
import { CreatedOrganisationsTeamsUsers1764316800100 } from './1764316800100-CreatedOrganisationsTeamsUsers';

/** Every migration, in order. Listed as classes: no glob survives bundling. */
export const MIGRATIONS = [CreatedAuditTrail1764316800000, CreatedOrganisationsTeamsUsers1764316800100];
