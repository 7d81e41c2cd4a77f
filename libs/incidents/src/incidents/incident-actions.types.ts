import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IncidentStatus } from './incident-enums';
import { IncidentAction } from './incident-transitions';

/** The transition table's actions, as the API names them. */
export enum IncidentActionKind {
  STANDBY = 'standby',
  DECLARE = 'declare',
  CONTAIN = 'contain',
  RECOVER = 'recover',
  STAND_DOWN = 'standDown',
  CANCEL = 'cancel',
  CLOSE = 'close',
  CHANGE_LEVEL = 'changeLevel',
  OPEN_COORDINATION_CENTRE = 'openCoordinationCentre',
  COMMAND = 'command',
  RECORD = 'record',
  DECIDE = 'decide',
}

/** Every action of the table has its name (checked by the compiler)… */
const EVERY_ACTION: Record<IncidentAction, IncidentActionKind> = {
  standby: IncidentActionKind.STANDBY,
  declare: IncidentActionKind.DECLARE,
  contain: IncidentActionKind.CONTAIN,
  recover: IncidentActionKind.RECOVER,
  standDown: IncidentActionKind.STAND_DOWN,
  cancel: IncidentActionKind.CANCEL,
  close: IncidentActionKind.CLOSE,
  changeLevel: IncidentActionKind.CHANGE_LEVEL,
  openCoordinationCentre: IncidentActionKind.OPEN_COORDINATION_CENTRE,
  command: IncidentActionKind.COMMAND,
  record: IncidentActionKind.RECORD,
  decide: IncidentActionKind.DECIDE,
};
export const incidentActionKind = (action: IncidentAction): IncidentActionKind => EVERY_ACTION[action];
/** And no name without an action. */
type NameWithoutAction = Exclude<`${IncidentActionKind}`, IncidentAction>;
export const NO_NAME_WITHOUT_ACTION: [NameWithoutAction] extends [never] ? true : never = true;

registerEnumType(IncidentActionKind, {
  name: 'IncidentAction',
  description:
    "A row of the incident's transition table: a status change (STANDBY … CLOSE) or a change that keeps the status (level, command, records, decisions).",
});

@ObjectType({
  description:
    'Something the caller may do to the incident now: its status allows it, the caller holds a role it names, and no rule refuses the caller. What the change must carry (a reason, a METHANE report) is checked when it is made.',
})
export class IncidentActionOption {
  @Field(() => IncidentActionKind)
  action: IncidentActionKind;

  @Field({ description: 'In words, e.g. "declare the incident".' })
  summary: string;

  @Field(() => IncidentStatus, {
    nullable: true,
    description: 'The status it leads to; null when it keeps the status.',
  })
  to: IncidentStatus | null;

  @Field(() => [String], { description: 'What must hold, in words (documentation of the rules).' })
  requires: string[];
}
