import { RunbookActivationEntity } from './activation/runbook-activation.entity';
import {
  AssignmentDependencyEntity,
  AssignmentEntity,
  AssignmentEvidenceEntity,
} from './assignments/assignment.entity';

export const ASSIGNMENT_ENTITIES = [
  AssignmentEntity,
  AssignmentDependencyEntity,
  AssignmentEvidenceEntity,
  RunbookActivationEntity,
] as const;
