import { useMutation, useQuery } from '@apollo/client/react';
import { BackLink, Button, Checkboxes, TextInput, Textarea } from 'nhsuk-react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { IncidentCategory } from '../../generated/graphql';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { Loading } from '../../components/PageStatus';
import { useViewer } from '../../components/viewer-context';
import { ReportFormDataQuery } from '../board/operations';
import { CreateRunbookMutation } from './operations';
import { problemsOf, validateNewRunbook, type NewRunbookForm } from './runbook-forms';

/** A new draft runbook for the acting organisation; steps are added on its page. */
export default function CreateRunbookScreen() {
  const { acting } = useViewer();
  const navigate = useNavigate();
  const { data } = useQuery(ReportFormDataQuery);
  const [create] = useMutation(CreateRunbookMutation);
  const [form, setForm] = useState<NewRunbookForm>({ title: '', description: '', categories: [] });
  const [problems, setProblems] = useState<FormProblem[]>([]);
  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}Create a runbook – Muster`;
  }, [problems]);
  if (!data) return <Loading what="the form" />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateNewRunbook(form);
    setProblems(found);
    if (found.length) return;
    try {
      const { data: created } = await create({
        variables: {
          input: {
            organisationId: acting.id,
            title: form.title.trim(),
            description: form.description.trim() || undefined,
            categories: form.categories as IncidentCategory[],
          },
        },
      });
      if (created) void navigate(`/runbooks/${created.createRunbook.id}`);
    } catch (caught) {
      setProblems(problemsOf(caught, { title: 'runbook-title', categories: 'runbook-categories' }));
    }
  }

  const toggle = (category: string) =>
    setForm((f) => ({
      ...f,
      categories: f.categories.includes(category)
        ? f.categories.filter((c) => c !== category)
        : [...f.categories, category],
    }));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to="/runbooks">
          Back to runbooks
        </BackLink>
        <FormErrorSummary problems={problems} />
        <h1>Create a runbook</h1>
        <p>For {acting.name}. It starts as a draft: add its steps, name its owner, then submit it for review.</p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextInput
            id="runbook-title"
            label="Title"
            hint="Like ‘Ransomware: first 24 hours’"
            value={form.title}
            onChange={(e) => setForm((f) => ({ ...f, title: e.target.value }))}
            error={problemFor(problems, 'runbook-title')}
          />
          <Textarea
            id="runbook-description"
            label="What it is for (optional)"
            value={form.description}
            onChange={(e) => setForm((f) => ({ ...f, description: e.target.value }))}
          />
          <Checkboxes
            id="runbook-categories"
            name="categories"
            legend="Kinds of incident it is for"
            error={problemFor(problems, 'runbook-categories')}
          >
            {data.incidentCategories.map((c) => (
              <Checkboxes.Item
                key={c.category}
                value={c.category}
                checked={form.categories.includes(c.category)}
                onChange={() => toggle(c.category)}
              >
                {c.words}
              </Checkboxes.Item>
            ))}
          </Checkboxes>
          <Button type="submit">Create runbook</Button>
        </form>
      </div>
    </div>
  );
}
