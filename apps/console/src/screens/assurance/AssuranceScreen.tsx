import { useQuery } from '@apollo/client/react';
import { Button, Select } from 'nhsuk-react-components';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { ratingWords } from './assurance-words';
import { buildHeatMap, notStarted } from './heat-map';
import { HeatMap, HeatMapLegend } from './HeatMap';
import { AssuranceFrameworksQuery, AssuranceOverviewQuery } from './operations';
import { OwnAssessments } from './OwnAssessments';

/**
 * Assurance: pick a framework version (kept in the address, ?framework=), then the heat
 * map of organisations × its domains with the overall rating of each, a key, and the
 * system's gaps. The ICB's EPRR lead and system-wide roles see every organisation; others
 * their own.
 */
export default function AssuranceScreen() {
  const [params, setParams] = useSearchParams();
  const frameworks = useQuery(AssuranceFrameworksQuery);
  const list = frameworks.data?.assuranceFrameworks ?? [];
  const frameworkId = params.get('framework') ?? list[0]?.id ?? '';
  const framework = list.find((f) => f.id === frameworkId);
  const [choice, setChoice] = useState('');
  const overview = useQuery(AssuranceOverviewQuery, {
    variables: { frameworkId },
    skip: !framework,
    fetchPolicy: 'network-only',
  });
  const map = useMemo(() => (overview.data ? buildHeatMap(overview.data.assuranceOverview) : null), [overview.data]);
  useEffect(() => {
    document.title = 'Assurance – Muster';
  }, []);

  const error = frameworks.error ?? overview.error;
  if (error) {
    return (
      <Problem title="Assurance could not be loaded">
        <p>{problemWords(error)}</p>
      </Problem>
    );
  }
  if (!frameworks.data) return <Loading what="the frameworks" />;
  if (!list.length) {
    return (
      <>
        <h1>Assurance</h1>
        <p>
          No assurance framework has been imported yet. The EPRR core standards and the DSPT will appear here once a
          system administrator imports them.
        </p>
      </>
    );
  }

  function pick(event: FormEvent) {
    event.preventDefault();
    if (choice) setParams({ framework: choice });
  }

  const kind = framework?.kind ?? 'EPRR_CORE_STANDARDS';
  const gaps = overview.data?.assuranceOverview.gaps ?? [];
  const idle = notStarted(overview.data?.assuranceOverview.organisations ?? []);
  return (
    <>
      <h1>Assurance</h1>
      <form noValidate onSubmit={pick} className="muster-filters">
        <Select
          id="assurance-framework"
          label="Framework"
          value={choice || frameworkId}
          onChange={(e) => setChoice(e.target.value)}
        >
          {list.map((f) => (
            <Select.Option key={f.id} value={f.id}>
              {f.name} {f.version}
            </Select.Option>
          ))}
        </Select>
        <Button type="submit" secondary>
          Show framework
        </Button>
      </form>
      {!framework ? (
        <p>That framework does not exist. Pick one of the list above.</p>
      ) : !map ? (
        <Loading what="the heat map" />
      ) : map.rows.length === 0 ? (
        <p>
          {framework.name} {framework.version} applies to no organisation you can see, and none has an assessment of it.
          Each organisation’s latest assessment will appear here once it is started.
        </p>
      ) : (
        <>
          <HeatMap
            kind={kind}
            caption={`${framework.name} ${framework.version}: each organisation’s latest assessment by domain`}
            sections={map.sections}
            rows={map.rows}
          />
          <HeatMapLegend kind={kind} />
          <h2>Gaps across the system</h2>
          {idle.length > 0 && (
            <>
              <p>
                {idle.length === 1 ? 'One organisation has' : `${idle.length} organisations have`} not started an
                assessment of {framework.name} {framework.version}:
              </p>
              <ul className="nhsuk-list nhsuk-list--bullet" data-testid="assurance-not-started">
                {idle.map((o) => (
                  <li key={o.organisationId}>{o.organisationName}: not started</li>
                ))}
              </ul>
            </>
          )}
          {gaps.length === 0 ? (
            <p>
              No requirement is rated below fully met in the assessments started. Gaps will be listed here, most severe
              first.
            </p>
          ) : (
            <ul className="nhsuk-list nhsuk-list--bullet" data-testid="assurance-system-gaps">
              {gaps.map((g) => (
                <li key={g.id}>
                  <Link to={`/assurance/assessments/${g.assessmentId}`}>{g.organisationName}</Link>: {g.reference}{' '}
                  {g.title} – {ratingWords(g.rating).toLowerCase()}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <OwnAssessments framework={framework} />
    </>
  );
}
