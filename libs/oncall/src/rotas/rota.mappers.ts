import { daysOfMask } from '../duty';
import { weekdayOf } from './rota-pattern';
import { LayerJson, OverrideJson, PersonJson, RotaRow } from './rota.store';
import { OnCallPerson, Rota, RotaLayer, RotaOverride } from './rota.types';

export const toPerson = (p: PersonJson): OnCallPerson => ({ userId: p.userId, displayName: p.displayName });

export const personOrNull = (userId: string | null, displayName: string | null): OnCallPerson | null =>
  userId ? { userId, displayName: displayName ?? '' } : null;

export function toLayer(l: LayerJson): RotaLayer {
  return {
    id: l.id,
    rank: l.rank,
    name: l.name,
    participants: (l.participants ?? []).map(toPerson),
    shiftDays: l.shiftDays,
    handoverWeekday: weekdayOf(l.anchor),
    handoverTime: l.anchor.slice(11, 16),
    startsOn: l.anchor.slice(0, 10),
    coversWeekdays: daysOfMask(l.daysMask),
    coversFrom: l.windowFrom,
    coversTo: l.windowTo,
  };
}

export function toOverride(o: OverrideJson): RotaOverride {
  return {
    id: o.id,
    person: toPerson(o.person),
    startsAt: new Date(o.startsAt),
    endsAt: new Date(o.endsAt),
    agreedBy: toPerson(o.agreedBy),
    reason: o.reason,
  };
}

export function toRota(r: RotaRow): Rota {
  return {
    id: r.id,
    organisationId: r.organisationId,
    duty: r.duty,
    deputy: r.deputy,
    name: r.name,
    version: r.version,
    layers: r.layers.map(toLayer),
    overrides: r.overrides.map(toOverride),
    onCallNow: personOrNull(r.onCallUserId, r.onCallName),
  };
}
