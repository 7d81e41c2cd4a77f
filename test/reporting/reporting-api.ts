import { GraphqlResponse, TestApp, TestUser } from '@muster/testing';

const COUNT = 'key name count';
const DURATION = 'count medianMinutes p90Minutes';
const FIGURES =
  'function organisationId organisationName open overdue done doneOnTimePercent medianMinutesToAcknowledge medianMinutesToComplete';

export const METRICS_FIELDS = `
  period { label kind start end asAt }
  organisationId organisationName
  incidents {
    total byCategory { ${COUNT} } byType { ${COUNT} } byLevel { ${COUNT} } byLeadOrganisation { ${COUNT} }
    reportedToDeclared { ${DURATION} } declaredToContained { ${DURATION} } declaredToStoodDown { ${DURATION} }
  }
  assignments {
    all { ${FIGURES} } byFunction { ${FIGURES} } byOrganisation { ${FIGURES} }
    exerciseActions { total closed closedPercent overdue }
  }
  exercises { inDatePercent cells { organisationId organisationName type lastAt nextDueAt status } }
  readiness { evaluatedAt score cells { organisationId category status score gapCount } gaps { organisationId category description } }
  informationGovernance {
    threads decidedWithin72Hours decidedWithin72HoursPercent undecided notifications late lateWithReason
    lateByRecipient { key count }
  }
  assurance {
    eprrBands { organisationId assessmentPeriod applicable fullyCompliant percent band }
    cafRatings { organisationId achieved partiallyAchieved notAchieved unrated }
    socPosture { organisationId day criticalOpen criticalPastTarget patchCompliancePercent cyberAlertsAcknowledgedWithin48HoursPercent }
    criticalPastTarget patchCompliancePercent cyberAlertsAcknowledgedWithin48HoursPercent
  }
  onCall { all { organisationId duty pages acknowledged exhausted escalations medianSecondsToAcknowledge p90SecondsToAcknowledge } byOrganisationAndDuty { organisationId duty pages acknowledged exhausted escalations medianSecondsToAcknowledge p90SecondsToAcknowledge } }
  trend { months series { metric values } }`;

export interface Period {
  month?: string;
  financialYear?: number;
}

export type MetricsView = {
  period: { label: string; kind: string; start: string; end: string; asAt: string };
  organisationId: string | null;
  incidents: {
    total: number;
    byCategory: { key: string; count: number }[];
    byType: { key: string; count: number }[];
    byLevel: { key: string; count: number }[];
    byLeadOrganisation: { key: string; name: string; count: number }[];
    reportedToDeclared: Duration;
    declaredToContained: Duration;
    declaredToStoodDown: Duration;
  };
  assignments: {
    all: Figures;
    byFunction: Figures[];
    byOrganisation: Figures[];
    exerciseActions: { total: number; closed: number; closedPercent: number | null; overdue: number };
  };
  exercises: {
    inDatePercent: number | null;
    cells: { organisationId: string; type: string; status: string; lastAt: string | null }[];
  };
  readiness: {
    score: number | null;
    cells: { organisationId: string; category: string; status: string; score: number | null; gapCount: number }[];
    gaps: { organisationId: string; category: string | null; description: string }[];
  };
  informationGovernance: {
    threads: number;
    decidedWithin72Hours: number;
    decidedWithin72HoursPercent: number | null;
    undecided: number;
    notifications: number;
    late: number;
    lateWithReason: number;
    lateByRecipient: { key: string; count: number }[];
  };
  assurance: {
    eprrBands: {
      organisationId: string;
      assessmentPeriod: string;
      applicable: number;
      fullyCompliant: number;
      percent: number;
      band: string;
    }[];
    cafRatings: {
      organisationId: string;
      achieved: number;
      partiallyAchieved: number;
      notAchieved: number;
      unrated: number;
    }[];
    socPosture: {
      organisationId: string;
      day: string;
      criticalOpen: number;
      criticalPastTarget: number;
      patchCompliancePercent: number;
      cyberAlertsAcknowledgedWithin48HoursPercent: number | null;
    }[];
    criticalPastTarget: number;
    patchCompliancePercent: number | null;
    cyberAlertsAcknowledgedWithin48HoursPercent: number | null;
  };
  onCall: { all: OnCallFiguresView; byOrganisationAndDuty: OnCallFiguresView[] };
  trend: { months: string[]; series: { metric: string; values: (number | null)[] }[] };
};

export type OnCallFiguresView = {
  organisationId: string | null;
  duty: string | null;
  pages: number;
  acknowledged: number;
  exhausted: number;
  escalations: number;
  medianSecondsToAcknowledge: number | null;
  p90SecondsToAcknowledge: number | null;
};

export type Duration = { count: number; medianMinutes: number | null; p90Minutes: number | null };
export type Figures = {
  function: string | null;
  organisationId: string | null;
  open: number;
  overdue: number;
  done: number;
  doneOnTimePercent: number | null;
  medianMinutesToAcknowledge: number | null;
  medianMinutesToComplete: number | null;
};

export function systemMetrics(
  t: TestApp,
  who: TestUser,
  period: Period,
): Promise<GraphqlResponse<{ systemMetrics: MetricsView }>> {
  return t.gql.request(
    `query ($period: MetricsPeriodInput!) { systemMetrics(period: $period) { ${METRICS_FIELDS} } }`,
    { period },
    {
      token: who.token,
    },
  );
}

export function organisationMetrics(
  t: TestApp,
  who: TestUser,
  organisationId: string,
  period: Period,
): Promise<GraphqlResponse<{ organisationMetrics: MetricsView }>> {
  return t.gql.request(
    `query ($id: ID!, $period: MetricsPeriodInput!) { organisationMetrics(organisationId: $id, period: $period) { ${METRICS_FIELDS} } }`,
    { id: organisationId, period },
    { token: who.token },
  );
}

export async function ok<T>(res: Promise<GraphqlResponse<T>>): Promise<T> {
  const r = await res;
  if (r.errors?.length || !r.data) throw new Error(`GraphQL request failed: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** The series of a metric in a trend, keyed by month. */
export function series(m: MetricsView, metric: string): Record<string, number | null> {
  const s = m.trend.series.find((x) => x.metric === metric);
  return Object.fromEntries(m.trend.months.map((month, i) => [month, s?.values[i] ?? null]));
}

export function downloadCsv(t: TestApp, path: string, who?: TestUser): Promise<Response> {
  return fetch(`${t.baseUrl}${path}`, { headers: who ? { authorization: `Bearer ${who.token}` } : {} });
}
