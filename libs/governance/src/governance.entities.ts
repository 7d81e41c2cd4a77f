import { IgDecisionEntity } from './decisions/ig-decision.entity';
import { IgNotificationEntity } from './decisions/ig-notification.entity';
import { IgThreadEntity } from './threads/ig-thread.entity';

export { IgDecisionEntity, IgNotificationEntity, IgThreadEntity };

/** The governance entities, for TypeOrmModule.forFeature. */
export const GOVERNANCE_ENTITIES = [IgThreadEntity, IgDecisionEntity, IgNotificationEntity];
