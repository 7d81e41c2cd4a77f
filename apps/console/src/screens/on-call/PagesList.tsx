import { Button, Card, Table, Tag } from 'nhsuk-react-components';
import type { PageSummaryFragment } from '../../generated/graphql';
import { londonTime, since } from '../../components/time';
import { useNow } from '../../components/use-now';
import { dutyWords, pageStatusColour, pageStatusWords } from './on-call-words';

/** Pages waiting for this person: one large button each, so it is one tap on a phone at 3 a.m. */
export function MyOpenPages({
  pages,
  onAcknowledge,
}: {
  pages: PageSummaryFragment[];
  onAcknowledge: (id: string) => void;
}) {
  const now = useNow();
  if (pages.length === 0) return <p>Nothing is waiting for you.</p>;
  return (
    <>
      {pages.map((page) => (
        <Card key={page.id} data-testid="my-page">
          <Card.Heading headingLevel="h3">
            {dutyWords(page.duty)} – {page.organisationName}
          </Card.Heading>
          <p className="nhsuk-body">{page.message}</p>
          <p className="nhsuk-body-s">
            {page.incidentReference ? `${page.incidentReference}. ` : ''}Paged {since(page.raisedAt, now)} (
            {londonTime(page.raisedAt)}), level {page.level}.
          </p>
          <Button onClick={() => onAcknowledge(page.id)}>Acknowledge</Button>
        </Card>
      ))}
    </>
  );
}

/** Every page the person may see, newest first: who was paged, and whether and by whom it was acknowledged. */
export function PagesTable({ pages }: { pages: PageSummaryFragment[] }) {
  if (pages.length === 0) return <p>No pages yet. Pages raised for your organisations will be listed here.</p>;
  return (
    <Table caption="Recent pages">
      <Table.Head>
        <Table.Row>
          <Table.Cell>Raised</Table.Cell>
          <Table.Cell>Duty</Table.Cell>
          <Table.Cell>Paged</Table.Cell>
          <Table.Cell>Status</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {pages.map((page) => (
          <Table.Row key={page.id}>
            <Table.Cell>{londonTime(page.raisedAt)}</Table.Cell>
            <Table.Cell>
              {dutyWords(page.duty)}
              <br />
              <span className="nhsuk-body-s">{page.organisationName}</span>
            </Table.Cell>
            <Table.Cell>{page.pagedPerson?.displayName ?? 'Nobody on call'}</Table.Cell>
            <Table.Cell>
              <Tag modifier={pageStatusColour(page.status)}>{pageStatusWords(page.status)}</Tag>
              {page.acknowledgedBy && (
                <>
                  <br />
                  <span className="nhsuk-body-s">
                    by {page.acknowledgedBy.displayName}
                    {page.secondsToAcknowledge !== null && page.secondsToAcknowledge !== undefined
                      ? ` after ${Math.max(1, Math.round(page.secondsToAcknowledge / 60))} min`
                      : ''}
                  </span>
                </>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
