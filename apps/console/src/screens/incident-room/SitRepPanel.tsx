import { useMutation, useQuery } from '@apollo/client/react';
import { Button, InsetText, Select, SummaryList, Tag, Textarea } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, problemFor } from '../../components/FormErrorSummary';
import { londonTime } from '../../components/time';
import { useNow } from '../../components/use-now';
import type { SitRepTemplate } from '../../generated/graphql';
import { levelWords } from '../board/board-state';
import { SubmitRoomSitRepMutation } from './mutations';
import { useRoom } from './room-context';
import { mayDo } from './room-state';
import { SitRepTemplatesQuery } from './operations';
import { nextSitRepWords, sitRepInput, validateSitRep, type SitRepValues } from './sitrep-form';
import { useRoomForm } from './use-room-form';

/** The next-due countdown (UK time), the latest SitRep, and the form from the chosen template. */
export function SitRepPanel() {
  const { incident, refresh } = useRoom();
  const now = useNow(15_000);
  const next = nextSitRepWords(incident.nextSitRepDueAt, incident.sitRepOverdue, now);
  const [template, setTemplate] = useState<SitRepTemplate>('TACTICAL');
  const [values, setValues] = useState<SitRepValues>({});
  const [sent, setSent] = useState<number | null>(null);
  const templates = useQuery(SitRepTemplatesQuery).data?.sitRepTemplates ?? [];
  const spec = templates.find((t) => t.template === template);
  const form = useRoomForm('sitrep', [...templates.flatMap((t) => t.fields.map((f) => f.name)), 'template']);
  const [submitSitRep] = useMutation(SubmitRoomSitRepMutation);
  const latest = incident.latestSitRep;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    if (!spec) return;
    const saved = await form.save(validateSitRep(spec, values), async () => {
      const { data } = await submitSitRep({ variables: { input: sitRepInput(incident.id, spec, values) } });
      setSent(data?.submitSitRep.sequence ?? null);
      await refresh();
    });
    if (saved) setValues({});
  }

  return (
    <section aria-labelledby="room-sitreps">
      <h2 id="room-sitreps">Situation reports</h2>
      <p className="nhsuk-body" data-testid="sitrep-due">
        {next ? (
          <>
            {next.overdue && <Tag modifier="red">Overdue</Tag>} The next SitRep is due {next.words} (
            {londonTime(incident.nextSitRepDueAt ?? '')} UK time).
          </>
        ) : (
          'No SitRep is due: they are due while the incident is declared and until it stands down.'
        )}
      </p>
      {latest ? (
        <>
          <h3>
            Latest: SitRep {latest.sequence}, {londonTime(latest.submittedAt)}
          </h3>
          <p className="nhsuk-body-s">
            {templates.find((t) => t.template === latest.template)?.name ?? 'SitRep'} at{' '}
            {levelWords(latest.level).toLowerCase()}
          </p>
          <SummaryList data-testid="latest-sitrep">
            {latest.fields.map((f) => (
              <SummaryList.Row key={f.name}>
                <SummaryList.Key>{f.label}</SummaryList.Key>
                <SummaryList.Value>{f.value}</SummaryList.Value>
              </SummaryList.Row>
            ))}
          </SummaryList>
        </>
      ) : (
        <p className="nhsuk-body">No SitRep yet. The first will appear here once submitted.</p>
      )}
      {sent !== null && (
        <InsetText>
          <p>SitRep {sent} has been submitted.</p>
        </InsetText>
      )}
      {mayDo(incident.availableActions, 'RECORD') && (
        <form noValidate onSubmit={(event) => void submit(event)} aria-label="Submit a SitRep">
          <FormErrorSummary problems={form.problems} />
          <h3>Submit a SitRep</h3>
          <Select
            id="sitrep-template"
            label="Template"
            value={template}
            onChange={(e) => {
              setTemplate(e.target.value as SitRepTemplate);
              form.clear();
            }}
          >
            {templates.map((t) => (
              <Select.Option key={t.template} value={t.template}>
                {t.name}
              </Select.Option>
            ))}
          </Select>
          {spec?.fields.map((f) => (
            <Textarea
              key={f.name}
              id={`sitrep-${f.name}`}
              label={f.label}
              hint={f.hint}
              rows={3}
              value={values[f.name] ?? ''}
              onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              error={problemFor(form.problems, `sitrep-${f.name}`)}
            />
          ))}
          <Button type="submit" disabled={form.busy || !spec}>
            {form.busy ? 'Submitting…' : 'Submit SitRep'}
          </Button>
        </form>
      )}
    </section>
  );
}
