import { Button, Table } from 'nhsuk-react-components';
import type { RunbookStepDetailFragment } from '../../generated/graphql';
import { roleWords } from '../../components/roles';

const plain = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

/** The steps in order: who does each, by when, after what; a draft's editor may remove one. */
export function RunbookSteps({
  steps,
  onRemove,
}: {
  steps: RunbookStepDetailFragment[];
  onRemove?: (stepId: string) => void;
}) {
  if (steps.length === 0) return <p>No steps yet. A runbook needs at least one before it is submitted.</p>;
  const titleOf = new Map(steps.map((s) => [s.id, s.title]));
  return (
    <Table caption="Steps">
      <Table.Head>
        <Table.Row>
          <Table.Cell>Step</Table.Cell>
          <Table.Cell>Who</Table.Cell>
          <Table.Cell>Target</Table.Cell>
          <Table.Cell>After</Table.Cell>
          {onRemove && (
            <Table.Cell>
              <span className="nhsuk-u-visually-hidden">Action</span>
            </Table.Cell>
          )}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {steps.map((step) => (
          <Table.Row key={step.id} data-testid="runbook-step">
            <Table.Cell>
              {step.position}. <strong>{step.title}</strong>
              {step.instructions && (
                <>
                  <br />
                  <span className="nhsuk-body-s">{step.instructions}</span>
                </>
              )}
            </Table.Cell>
            <Table.Cell>
              {[
                step.responsibleRole ? roleWords(step.responsibleRole) : null,
                step.function ? `${plain(step.function)} team` : null,
                step.designation ? plain(step.designation) : null,
              ]
                .filter(Boolean)
                .join(', ') || 'Anyone'}
            </Table.Cell>
            <Table.Cell>
              {step.targetMinutes
                ? `${step.targetMinutes} min after ${step.clockAnchor === 'DECLARATION' ? 'declaration' : 'breach awareness'}`
                : 'None'}
            </Table.Cell>
            <Table.Cell>{step.dependsOn.map((id) => titleOf.get(id) ?? 'another step').join(', ') || '–'}</Table.Cell>
            {onRemove && (
              <Table.Cell>
                <Button secondary onClick={() => onRemove(step.id)}>
                  Remove<span className="nhsuk-u-visually-hidden"> {step.title}</span>
                </Button>
              </Table.Cell>
            )}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
