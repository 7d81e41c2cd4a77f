import { Table } from 'nhsuk-react-components';
import { londonTime } from '../../components/time';

interface Version {
  id: string;
  versionNumber: number;
  approvedAt: string;
  approvedBy?: { displayName: string } | null;
  submittedBy?: { displayName: string } | null;
}

/** Every approved version, newest first: who submitted and who approved it (four eyes, visible). */
export function RunbookVersions({ versions }: { versions: readonly Version[] }) {
  if (versions.length === 0) return <p>No version has been approved yet.</p>;
  const newestFirst = [...versions].sort((a, b) => b.versionNumber - a.versionNumber);
  return (
    <Table caption="Approved versions">
      <Table.Head>
        <Table.Row>
          <Table.Cell>Version</Table.Cell>
          <Table.Cell>Submitted by</Table.Cell>
          <Table.Cell>Approved</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {newestFirst.map((v) => (
          <Table.Row key={v.id} data-testid="runbook-version">
            <Table.Cell>Version {v.versionNumber}</Table.Cell>
            <Table.Cell>{v.submittedBy?.displayName ?? 'Not recorded'}</Table.Cell>
            <Table.Cell>
              {londonTime(v.approvedAt)}
              {v.approvedBy ? ` by ${v.approvedBy.displayName}` : ''}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
