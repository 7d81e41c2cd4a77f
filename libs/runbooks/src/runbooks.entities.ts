import { RunbookEntity } from './runbooks/runbook.entity';
import { RunbookStepEntity } from './steps/runbook-step.entity';
import { RunbookVersionEntity } from './versions/runbook-version.entity';

export const RUNBOOK_ENTITIES = [RunbookEntity, RunbookStepEntity, RunbookVersionEntity];
