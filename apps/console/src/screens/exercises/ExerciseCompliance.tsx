import { useQuery } from '@apollo/client/react';
import { Details, Tag } from 'nhsuk-react-components';
import { Loading } from '../../components/PageStatus';
import { useViewer } from '../../components/viewer-context';
import { complianceOrganisations, complianceSummary } from './compliance-words';
import { OrganisationExerciseComplianceQuery } from './operations';
import type { Organisation as ExerciseOrganisation } from '../../components/use-all-organisations';

/**
 * Each organisation's exercise compliance (EPRR Framework frequencies) in words: what is
 * overdue or never recorded first. Every organisation for an ICB EPRR lead or a
 * system-wide role, otherwise the person's own.
 */
export function ExerciseComplianceList({ all }: { all: ExerciseOrganisation[] | null }) {
  const { viewer } = useViewer();
  const organisations = complianceOrganisations(viewer.grants, all);
  return (
    <>
      <h2>Exercise compliance</h2>
      <p className="nhsuk-body">
        The EPRR Framework asks for a communications exercise every 6 months, a table-top exercise every year, and a
        live play and a command post exercise every 3 years. Activating the plan or the Incident Coordination Centre for
        real counts once lessons and an action plan are recorded.
      </p>
      {organisations.length === 0 ? (
        <p className="nhsuk-body">You belong to no organisation, so there is no exercise compliance to show.</p>
      ) : (
        organisations.map((o) => <OrganisationCompliance key={o.id} organisationId={o.id} name={o.name} />)
      )}
    </>
  );
}

function OrganisationCompliance({ organisationId, name }: { organisationId: string; name: string }) {
  const { data, error } = useQuery(OrganisationExerciseComplianceQuery, {
    variables: { organisationId },
    fetchPolicy: 'network-only',
  });
  if (error) {
    return (
      <p className="nhsuk-body" data-testid="compliance">
        {name}: exercise compliance could not be loaded ({error.message}).
      </p>
    );
  }
  if (!data) return <Loading what={`${name}’s exercise compliance`} />;
  const summary = complianceSummary(data.exerciseCompliance);
  return (
    <section className="nhsuk-u-margin-bottom-5" data-testid="compliance" data-organisation={name}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
        {name}{' '}
        <Tag modifier={summary.overdue.length ? 'red' : 'green'}>
          {summary.overdue.length ? 'Exercising overdue' : 'In date'}
        </Tag>
      </h3>
      <p className="nhsuk-body nhsuk-u-margin-bottom-2">{summary.headline}.</p>
      {summary.overdue.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {summary.overdue.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {summary.inDate.length > 0 && (
        <Details>
          <Details.Summary>In date ({summary.inDate.length})</Details.Summary>
          <Details.Text>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {summary.inDate.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </Details.Text>
        </Details>
      )}
    </section>
  );
}
