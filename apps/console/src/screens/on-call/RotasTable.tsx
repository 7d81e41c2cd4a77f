import { Table } from 'nhsuk-react-components';
import type { RotaSummaryFragment } from '../../generated/graphql';
import { londonTime } from '../../components/time';
import { dutyWords, sortRotas } from './on-call-words';

/**
 * Who is on call now for each duty, who else is on the rota, and overrides agreed for
 * cover; with `onCancelCover` (the organisation's rota editors), each cover can be cancelled.
 */
export function RotasTable({
  rotas,
  onCancelCover,
}: {
  rotas: RotaSummaryFragment[];
  onCancelCover?: (overrideId: string, words: string) => void;
}) {
  if (rotas.length === 0) {
    return <p>This organisation has no on-call rotas yet. Its EPRR lead or administrator sets them up.</p>;
  }
  return (
    <Table caption="On call now">
      <Table.Head>
        <Table.Row>
          <Table.Cell>Duty</Table.Cell>
          <Table.Cell>On call now</Table.Cell>
          <Table.Cell>On the rota</Table.Cell>
          <Table.Cell>Cover agreed</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {sortRotas(rotas).map((rota) => {
          const people = [...new Set(rota.layers.flatMap((l) => l.participants.map((p) => p.displayName)))];
          return (
            <Table.Row key={rota.id} data-testid="rota-row">
              <Table.Cell>
                {dutyWords(rota.duty)}
                {rota.deputy ? ' – deputy' : ''}
                <br />
                <span className="nhsuk-body-s">{rota.name}</span>
              </Table.Cell>
              <Table.Cell>
                <strong>{rota.onCallNow?.displayName ?? 'Nobody: a gap in cover'}</strong>
              </Table.Cell>
              <Table.Cell>{people.join(', ') || 'Nobody'}</Table.Cell>
              <Table.Cell>
                {rota.overrides.length === 0
                  ? 'None'
                  : rota.overrides.map((o) => {
                      const words = `${o.person.displayName}, ${londonTime(o.startsAt)} to ${londonTime(o.endsAt)}`;
                      return (
                        <span key={o.id} className="nhsuk-body-s">
                          {words} ({o.reason})
                          {onCancelCover && (
                            <>
                              {' '}
                              <button
                                type="button"
                                className="muster-link-button"
                                onClick={() => onCancelCover(o.id, words)}
                              >
                                Cancel<span className="nhsuk-u-visually-hidden"> the cover of {words}</span>
                              </button>
                            </>
                          )}
                          <br />
                        </span>
                      );
                    })}
              </Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}
