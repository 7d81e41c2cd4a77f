import { useLazyQuery } from '@apollo/client/react';
import { Button, InsetText, WarningCallout } from 'nhsuk-react-components';
import { Problem, problemWords } from '../../components/PageStatus';
import { VerifyChainQuery } from './operations';

/** Re-checks the organisation's hash chain on demand: every link and hash, and says what it found. */
export function ChainCheck({ organisationId, name }: { organisationId: string; name: string }) {
  const [verify, { data, error, loading }] = useLazyQuery(VerifyChainQuery, { fetchPolicy: 'network-only' });
  const result = data?.verifyAuditChain;
  return (
    <>
      <h2>Check the chain</h2>
      <p>
        Every change {name} makes is chained to the one before by a keyed hash. Checking re-reads the chain end to end.
      </p>
      <Button secondary disabled={loading} onClick={() => void verify({ variables: { organisationId } })}>
        Check the audit chain
      </Button>
      {error && (
        <Problem title="The chain could not be checked">
          <p>{problemWords(error)}</p>
        </Problem>
      )}
      {result &&
        (result.valid ? (
          <InsetText>
            <p role="status">The chain is intact: {result.checked} events checked, each linked to the one before.</p>
          </InsetText>
        ) : (
          <WarningCallout>
            <WarningCallout.Heading>The chain is broken</WarningCallout.Heading>
            <p role="status">
              {result.reason ?? 'An event does not match its hash.'}
              {result.firstBrokenSeq !== null && result.firstBrokenSeq !== undefined
                ? ` First broken at event #${result.firstBrokenSeq}.`
                : ''}{' '}
              Tell your information governance lead: the trail may have been changed outside Muster.
            </p>
          </WarningCallout>
        ))}
    </>
  );
}
