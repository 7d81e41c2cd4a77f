import { useQuery } from '@apollo/client/react';
import { Select, SummaryList } from 'nhsuk-react-components';
import { useEffect, useMemo, useState } from 'react';
import type { MetricsSummaryFragment } from '../../generated/graphql';
import { isForbidden } from '../../components/api-problems';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { useViewer } from '../../components/viewer-context';
import { OrganisationMetricsQuery, SystemMetricsQuery } from './operations';
import {
  financialYearOf,
  monthWords,
  periodInput,
  periodLabel,
  recentMonths,
  type PeriodChoice,
} from './report-period';
import { ReportDownloads } from './ReportDownloads';
import { TrendChart } from './TrendChart';

const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? 'No figure' : `${Math.round(value)}%`;

/** The standard metrics of a month or financial year: the ICS's for those who see it, else the acting organisation's. */
export default function ReportsScreen() {
  const { acting } = useViewer();
  const now = useMemo(() => new Date(), []);
  const months = useMemo(() => recentMonths(now), [now]);
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'month', month: months[0] });
  const period = periodInput(choice);
  const system = useQuery(SystemMetricsQuery, { variables: { period }, fetchPolicy: 'network-only' });
  const ownOnly = system.error !== undefined && isForbidden(system.error);
  const own = useQuery(OrganisationMetricsQuery, {
    variables: { organisationId: acting.id, period },
    skip: !ownOnly,
    fetchPolicy: 'network-only',
  });
  useEffect(() => {
    document.title = 'Reports – Muster';
  }, []);

  const error = ownOnly ? own.error : system.error;
  const metrics: MetricsSummaryFragment | undefined = ownOnly
    ? own.data?.organisationMetrics
    : system.data?.systemMetrics;
  const year = financialYearOf(now);
  const options = [
    ...months.map((m) => ({ value: `m:${m}`, words: monthWords(m) })),
    { value: `y:${year}`, words: `Financial year ${periodLabel({ kind: 'year', financialYear: year })} so far` },
    { value: `y:${year - 1}`, words: `Financial year ${periodLabel({ kind: 'year', financialYear: year - 1 })}` },
  ];
  const selected = choice.kind === 'month' ? `m:${choice.month}` : `y:${choice.financialYear}`;

  return (
    <>
      <h1>Reports{metrics ? ` – ${metrics.organisationName ?? 'the ICS'}` : ''}</h1>
      <Select
        id="report-period"
        label="Period"
        value={selected}
        onChange={(e) => {
          const [kind, value] = e.target.value.split(':');
          setChoice(kind === 'm' ? { kind: 'month', month: value } : { kind: 'year', financialYear: Number(value) });
        }}
      >
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.words}
          </Select.Option>
        ))}
      </Select>
      {error ? (
        <Problem title="The figures could not be loaded">
          <p>{problemWords(error)}</p>
        </Problem>
      ) : !metrics ? (
        <Loading what="the figures" />
      ) : (
        <>
          <SummaryList>
            <Figure name="Incidents reported" value={String(metrics.incidents.total)} />
            <Figure
              name="Actions open at the end"
              value={`${metrics.assignments.all.open} (${metrics.assignments.all.overdue} overdue)`}
            />
            <Figure name="Actions done on time" value={percent(metrics.assignments.all.doneOnTimePercent)} />
            <Figure
              name="Personal data breaches decided within 72 hours"
              value={`${percent(metrics.informationGovernance.decidedWithin72HoursPercent)} of ${metrics.informationGovernance.threads}`}
            />
            <Figure
              name="Pages acknowledged"
              value={`${metrics.onCall.all.acknowledged} of ${metrics.onCall.all.pages}${
                metrics.onCall.all.medianSecondsToAcknowledge
                  ? `, median ${Math.max(1, Math.round(metrics.onCall.all.medianSecondsToAcknowledge / 60))} min`
                  : ''
              }`}
            />
            <Figure
              name="Readiness score"
              value={
                metrics.readiness.score === null || metrics.readiness.score === undefined
                  ? 'Not scored'
                  : `${Math.round(metrics.readiness.score * 100)}%`
              }
            />
          </SummaryList>
          <h2>Twelve months</h2>
          {metrics.trend.series
            .filter((s) => ['INCIDENTS_REPORTED', 'ASSIGNMENTS_OVERDUE'].includes(s.metric))
            .map((s) => (
              <TrendChart
                key={s.metric}
                title={s.metric === 'INCIDENTS_REPORTED' ? 'Incidents reported' : 'Actions overdue at month end'}
                months={metrics.trend.months}
                values={s.values}
              />
            ))}
          <ReportDownloads period={periodLabel(choice)} organisationId={ownOnly ? acting.id : null} />
        </>
      )}
    </>
  );
}

function Figure({ name, value }: { name: string; value: string }) {
  return (
    <SummaryList.Row>
      <SummaryList.Key>{name}</SummaryList.Key>
      <SummaryList.Value>{value}</SummaryList.Value>
    </SummaryList.Row>
  );
}
