import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { BackLink, Button, Checkboxes, Radios, Select, TextInput, Textarea } from 'nhsuk-react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { isCommander, mayReport } from '../../components/roles';
import { useViewer } from '../../components/viewer-context';
import { levelWords } from './board-state';
import {
  AddAffectedOrganisationMutation,
  DeclareIncidentMutation,
  ReportFormDataQuery,
  ReportIncidentMutation,
} from './operations';
import { EMPTY_REPORT, fieldOfError, validateReport, type ReportForm } from './report-form';
import { useAllOrganisations } from '../../components/use-all-organisations';

/** "Report an incident" for the organisation the person acts for; a commander may declare it at once. */
export default function ReportIncidentScreen() {
  const { acting } = useViewer();
  const navigate = useNavigate();
  const { data, error: formError } = useQuery(ReportFormDataQuery);
  const { organisations, error: organisationsError } = useAllOrganisations();
  const error = formError ?? organisationsError ?? undefined;
  const [form, setForm] = useState<ReportForm>(EMPTY_REPORT);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [report] = useMutation(ReportIncidentMutation);
  const [addAffected] = useMutation(AddAffectedOrganisationMutation);
  const [declare] = useMutation(DeclareIncidentMutation);
  const commander = isCommander(acting);
  const set = <K extends keyof ReportForm>(key: K, value: ReportForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}Report an incident – Muster`;
  }, [problems]);

  if (!mayReport(acting)) {
    return (
      <Problem title="You cannot report incidents for this organisation">
        <p>Reporting needs the responder role or above at {acting.name}. Ask your organisation’s administrator.</p>
      </Problem>
    );
  }
  if (error) {
    return (
      <Problem title="The form could not be loaded">
        <p>{problemWords(error)}</p>
      </Problem>
    );
  }
  if (!data || !organisations) return <Loading what="the form" />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateReport(form);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      const { data: reported } = await report({
        variables: {
          input: {
            organisationId: acting.id,
            title: form.title.trim(),
            description: form.description.trim() || undefined,
            category: form.category || 'OTHER',
            type: form.type,
            level: Number(form.level),
            scope: form.scope,
            personalDataInvolved: form.personalData === 'yes',
            clientKey: crypto.randomUUID(),
          },
        },
      });
      const incident = reported?.reportIncident;
      if (!incident) throw new Error('No incident came back');
      let version = incident.version;
      for (const organisationId of form.affected) {
        const { data: added } = await addAffected({
          variables: { input: { incidentId: incident.id, organisationId } },
        });
        version = added?.addAffectedOrganisation.version ?? version;
      }
      if (form.declareNow) await declare({ variables: { input: { id: incident.id, version } } });
      void navigate('/', { state: { reported: incident.reference } });
    } catch (caught) {
      setBusy(false);
      setProblems(problemsOf(caught));
    }
  }

  const others = organisations.filter((o) => o.id !== acting.id);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to="/">
          Back to the incident board
        </BackLink>
        <FormErrorSummary problems={problems} />
        <h1>Report an incident</h1>
        <p>For {acting.name}, which will lead it.</p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextInput
            id="title"
            label="Title"
            hint="A few words others will recognise, like ‘Pathology system down’"
            value={form.title}
            onChange={(e) => set('title', e.target.value)}
            error={problemFor(problems, 'title')}
          />
          <Textarea
            id="description"
            label="What has happened (optional)"
            value={form.description}
            onChange={(e) => set('description', e.target.value)}
          />
          <Select
            id="category"
            label="Kind of incident"
            value={form.category}
            onChange={(e) => set('category', e.target.value as ReportForm['category'])}
            error={problemFor(problems, 'category')}
          >
            <Select.Option value="">Select a kind of incident</Select.Option>
            {data.incidentCategories.map((c) => (
              <Select.Option key={c.category} value={c.category}>
                {c.words}
              </Select.Option>
            ))}
          </Select>
          <Radios id="type" legend="Type">
            <Radios.Item
              value="BUSINESS_CONTINUITY"
              checked={form.type === 'BUSINESS_CONTINUITY'}
              onChange={() => set('type', 'BUSINESS_CONTINUITY')}
            >
              Business continuity
            </Radios.Item>
            <Radios.Item value="CRITICAL" checked={form.type === 'CRITICAL'} onChange={() => set('type', 'CRITICAL')}>
              Critical
            </Radios.Item>
            <Radios.Item value="MAJOR" checked={form.type === 'MAJOR'} onChange={() => set('type', 'MAJOR')}>
              Major
            </Radios.Item>
          </Radios>
          <Radios id="level" legend="Response level">
            {[1, 2, 3, 4].map((level) => (
              <Radios.Item
                key={level}
                value={String(level)}
                checked={form.level === String(level)}
                onChange={() => set('level', String(level))}
              >
                {levelWords(level)}
              </Radios.Item>
            ))}
          </Radios>
          <Radios id="scope" legend="Scope">
            <Radios.Item
              value="ORGANISATION"
              checked={form.scope === 'ORGANISATION'}
              onChange={() => set('scope', 'ORGANISATION')}
            >
              This organisation
            </Radios.Item>
            <Radios.Item
              value="SYSTEM_WIDE"
              checked={form.scope === 'SYSTEM_WIDE'}
              onChange={() => set('scope', 'SYSTEM_WIDE')}
            >
              System-wide (across the ICS)
            </Radios.Item>
          </Radios>
          <Radios
            id="personalData"
            legend="May personal data be involved?"
            hint="If yes, your IG officer is told"
            error={problemFor(problems, 'personalData')}
          >
            <Radios.Item value="yes" checked={form.personalData === 'yes'} onChange={() => set('personalData', 'yes')}>
              Yes
            </Radios.Item>
            <Radios.Item value="no" checked={form.personalData === 'no'} onChange={() => set('personalData', 'no')}>
              No
            </Radios.Item>
          </Radios>
          {commander && others.length > 0 && (
            <Checkboxes
              id="affected"
              legend="Other organisations affected (optional)"
              hint="Their staff see the incident as soon as it is saved"
            >
              {others.map((o) => (
                <Checkboxes.Item
                  key={o.id}
                  value={o.id}
                  checked={form.affected.includes(o.id)}
                  onChange={(e) =>
                    set(
                      'affected',
                      e.target.checked ? [...form.affected, o.id] : form.affected.filter((id) => id !== o.id),
                    )
                  }
                >
                  {o.name}
                </Checkboxes.Item>
              ))}
            </Checkboxes>
          )}
          {commander && (
            <Checkboxes id="declareNow" legend="Declare" error={problemFor(problems, 'declareNow')}>
              <Checkboxes.Item
                value="yes"
                checked={form.declareNow}
                onChange={(e) => set('declareNow', e.target.checked)}
                hint="You become its incident commander"
              >
                Declare the incident now
              </Checkboxes.Item>
            </Checkboxes>
          )}
          <Button type="submit" disabled={busy}>
            {busy ? 'Saving…' : form.declareNow ? 'Report and declare' : 'Report incident'}
          </Button>
        </form>
      </div>
    </div>
  );
}

function problemsOf(caught: unknown): FormProblem[] {
  if (CombinedGraphQLErrors.is(caught)) {
    return caught.errors.map((e) => ({ field: fieldOfError(e), message: e.message }));
  }
  return [{ message: problemWords(caught as Error) || 'The incident could not be saved. Try again.' }];
}
