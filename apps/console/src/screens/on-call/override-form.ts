import type { FormProblem } from '../../components/FormErrorSummary';
import { londonDateTime } from '../../components/time';

/** Cover agreed for part of a rota: who covers, from when to when (UK time), and why. */
export interface OverrideForm {
  rotaId: string;
  userId: string;
  fromDay: string;
  fromTime: string;
  toDay: string;
  toTime: string;
  reason: string;
}

export const EMPTY_OVERRIDE: OverrideForm = {
  rotaId: '',
  userId: '',
  fromDay: '',
  fromTime: '',
  toDay: '',
  toTime: '',
  reason: '',
};

/** Who may record cover on a rota: the organisation's EPRR leads and administrators (and system administrators). */
export const mayEditRotas = (roles: readonly string[]): boolean =>
  roles.some((r) => r === 'EPRR_LEAD' || r === 'ORG_ADMIN' || r === 'SYSTEM_ADMIN');

/** The problems with the form, in the NHS error summary's words; none when it can be sent. */
export function validateOverride(form: OverrideForm, now: number): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!form.rotaId) problems.push({ field: 'override-rota', message: 'Select the rota' });
  if (!form.userId) problems.push({ field: 'override-person', message: 'Select who covers' });
  const from = londonDateTime(form.fromDay, form.fromTime);
  const to = londonDateTime(form.toDay, form.toTime);
  if (!from)
    problems.push({ field: 'override-from-day', message: 'Enter when the cover starts, as a date and a time' });
  if (!to) problems.push({ field: 'override-to-day', message: 'Enter when the cover ends, as a date and a time' });
  if (from && to && Date.parse(to) <= Date.parse(from)) {
    problems.push({ field: 'override-to-day', message: 'The cover must end after it starts' });
  } else if (to && Date.parse(to) <= now) {
    problems.push({ field: 'override-to-day', message: 'The cover must end in the future' });
  }
  if (!form.reason.trim()) problems.push({ field: 'override-reason', message: 'Enter why, like ‘annual leave swap’' });
  return problems;
}

/** The mutation's input: agreed by the person recording it. */
export function overrideInput(form: OverrideForm, agreedByUserId: string) {
  return {
    rotaId: form.rotaId,
    userId: form.userId,
    agreedByUserId,
    startsAt: londonDateTime(form.fromDay, form.fromTime) as string,
    endsAt: londonDateTime(form.toDay, form.toTime) as string,
    reason: form.reason.trim(),
  };
}

/** Who can cover on a rota: the people on its layers, by name, once each. */
export function coverCandidates(rota: {
  layers: { participants: { userId: string; displayName: string }[] }[];
}): { userId: string; displayName: string }[] {
  const byId = new Map<string, string>();
  for (const layer of rota.layers) for (const p of layer.participants) byId.set(p.userId, p.displayName);
  return [...byId]
    .map(([userId, displayName]) => ({ userId, displayName }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
