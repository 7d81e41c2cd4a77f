import { CombinedGraphQLErrors } from '@apollo/client';
import type { FormProblem } from '../../components/FormErrorSummary';
import { problemWords } from '../../components/PageStatus';
import type { CommandRole, IncidentAction, IncidentRoomFragment, TeamFunction } from '../../generated/graphql';

/** Something the caller may do to the incident now (Incident.availableActions). */
export type IncidentActionOption = IncidentRoomFragment['availableActions'][number];

/** The status changes, in the lifecycle's order: the room offers those the API lists and no others. */
const STATUS_ORDER: IncidentAction[] = [
  'STANDBY',
  'DECLARE',
  'OPEN_COORDINATION_CENTRE',
  'CONTAIN',
  'RECOVER',
  'STAND_DOWN',
  'CLOSE',
  'CANCEL',
];

/** The actions shown as buttons at the top of the room (status changes, and the ICC), in lifecycle order. */
export function transitionOptions(options: readonly IncidentActionOption[]): IncidentActionOption[] {
  return options
    .filter((o) => STATUS_ORDER.includes(o.action))
    .sort((a, b) => STATUS_ORDER.indexOf(a.action) - STATUS_ORDER.indexOf(b.action));
}

/** Whether the API offers the caller this action now (COMMAND, RECORD, DECIDE, CHANGE_LEVEL…). */
export function mayDo(options: readonly Pick<IncidentActionOption, 'action'>[], action: IncidentAction): boolean {
  return options.some((o) => o.action === action);
}

/** The button's words: the summary the API gives, as a sentence start ("Declare", "Mark contained"). */
export function actionLabel(option: Pick<IncidentActionOption, 'summary'>): string {
  const words = option.summary.trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Which actions ask for words with them: a reason (cancel) or an optional note. */
export function actionNeeds(action: IncidentAction): 'reason' | 'note' | 'declare' {
  if (action === 'CANCEL') return 'reason';
  if (action === 'DECLARE') return 'declare';
  return 'note';
}

/**
 * The newer of two states of the incident (by its optimistic-lock version): a change that
 * arrives late over the subscription never replaces what a mutation already returned.
 */
export function newerIncident<T extends { version: number }>(current: T | undefined, incoming: T): T {
  return current && current.version > incoming.version ? current : incoming;
}

/**
 * An API error as the NHS error summary shows it: a field named by the API (extensions.field,
 * or the first of extensions.fields, without `input.`) links to `<prefix>-<field>` when the
 * form has that field; otherwise the problem is the form's.
 */
export function problemsOf(caught: unknown, prefix: string, fields: readonly string[]): FormProblem[] {
  if (CombinedGraphQLErrors.is(caught)) {
    return caught.errors.map((e) => {
      const ext = (e.extensions ?? {}) as Record<string, unknown>;
      const named = typeof ext.field === 'string' ? ext.field : undefined;
      const listed = Array.isArray(ext.fields) ? (ext.fields[0] as { field?: string } | undefined)?.field : undefined;
      const field = (named ?? listed ?? '').replace(/^input\./, '').replace(/^methane\./, '');
      const message = ext.code === 'CONFLICT' && /version/i.test(e.message) ? CONFLICT_WORDS : e.message;
      return fields.includes(field) ? { field: `${prefix}-${field}`, message } : { message };
    });
  }
  return [{ message: problemWords(caught as Error) || 'The change could not be saved. Try again.' }];
}

export const CONFLICT_WORDS =
  'Someone else changed this incident a moment ago. The room now shows the latest: check it and try again.';

const COMMAND_ROLE_WORDS: Record<CommandRole, string> = {
  COMMANDER: 'Incident commander',
  DEPUTY: 'Deputy commander',
  EPRR_LEAD: 'EPRR lead',
  IG_LEAD: 'IG lead',
  TECHNICAL_LEAD: 'Technical lead',
  COMMUNICATIONS_LEAD: 'Communications lead',
  LIAISON: 'Liaison',
  SCRIBE: 'Scribe (loggist)',
  OBSERVER: 'Observer',
};

export const COMMAND_ROLES = Object.keys(COMMAND_ROLE_WORDS) as CommandRole[];
export const commandRoleWords = (role: CommandRole): string => COMMAND_ROLE_WORDS[role] ?? role;

const FUNCTION_WORDS: Record<TeamFunction, string> = {
  CLINICAL: 'Clinical',
  COMMUNICATIONS: 'Communications',
  CYBER_SOC: 'Cyber security operations',
  DIGITAL: 'Digital',
  EPRR: 'EPRR',
  EXECUTIVE_ON_CALL: 'Executive on call',
  INFORMATION_GOVERNANCE: 'Information governance',
};

export const TEAM_FUNCTIONS = Object.keys(FUNCTION_WORDS) as TeamFunction[];
export const functionWords = (f: TeamFunction): string => FUNCTION_WORDS[f] ?? f;

/** Whole text fields: each must be filled in (after trimming); the problems in the order given. */
export function requireFilled(
  values: Record<string, string>,
  prefix: string,
  messages: Record<string, string>,
): FormProblem[] {
  return Object.entries(messages)
    .filter(([name]) => !(values[name] ?? '').trim())
    .map(([name, message]) => ({ field: `${prefix}-${name}`, message }));
}
