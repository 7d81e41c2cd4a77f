import { OnCallRow } from './oncall-metrics.store';
import { OnCallFigures, OnCallMetrics } from './oncall.types';

const seconds = (v: number | null): number | null => (v === null ? null : Math.round(Number(v) * 10) / 10);

function toFigures(r: OnCallRow): OnCallFigures {
  return {
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    duty: r.duty,
    pages: r.pages,
    acknowledged: r.acknowledged,
    exhausted: r.exhausted,
    escalations: r.escalations,
    medianSecondsToAcknowledge: seconds(r.medianSecondsToAcknowledge),
    p90SecondsToAcknowledge: seconds(r.p90SecondsToAcknowledge),
  };
}

const NONE: OnCallFigures = {
  organisationId: null,
  organisationName: null,
  duty: null,
  pages: 0,
  acknowledged: 0,
  exhausted: 0,
  escalations: 0,
  medianSecondsToAcknowledge: null,
  p90SecondsToAcknowledge: null,
};

/** The totals row (the empty grouping set) and the rest, per organisation × duty. */
export function toOnCallMetrics(rows: OnCallRow[]): OnCallMetrics {
  const total = rows.find((r) => r.organisationId === null && r.duty === null);
  return {
    all: total ? toFigures(total) : NONE,
    byOrganisationAndDuty: rows.filter((r) => r !== total).map(toFigures),
  };
}
