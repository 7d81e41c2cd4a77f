import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Table, Tag } from 'nhsuk-react-components';
import { useState } from 'react';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { problemsOf } from '../../components/api-problems';
import { FormErrorSummary, type FormProblem } from '../../components/FormErrorSummary';
import { roleWords } from '../../components/roles';
import { londonTime } from '../../components/time';
import { useViewer } from '../../components/viewer-context';
import type { AdminApiKeysQuery } from '../../generated/graphql';
import { isRefused } from './admin-forms';
import { Confirm } from './Confirm';
import { CreateApiKeyForm } from './CreateApiKeyForm';
import { NotAnAdministrator } from './NotAnAdministrator';
import { AdminApiKeysQuery as KeysQuery, AdminRevokeApiKeyMutation } from './operations';
import { useAdminTitle } from './use-admin-title';

type ApiKey = AdminApiKeysQuery['apiKeys']['nodes'][number];
const PAGE = 20;

/** The acting organisation's API keys, newest first (revoked ones too): create one (its secret shown once), revoke one. */
export function ApiKeysPage() {
  const { acting } = useViewer();
  const [done, setDone] = useState('');
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [createProblems, setCreateProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  useAdminTitle('API keys', createProblems || problems.length > 0);
  const variables = { organisationId: acting.id, first: PAGE };
  const { data, error, refetch, fetchMore, loading } = useQuery(KeysQuery, { variables, fetchPolicy: 'network-only' });
  const [revoke] = useMutation(AdminRevokeApiKeyMutation);
  if (error && isRefused(error)) return <NotAnAdministrator organisation={acting.name} />;
  const keys = data?.apiKeys.nodes ?? [];

  async function confirmRevoke(key: ApiKey) {
    setBusy(true);
    try {
      await revoke({ variables: { id: key.id } });
      setProblems([]);
      setDone(`The ${key.name} key was revoked: Muster refuses its next request.`);
      await refetch(variables);
    } catch (caught) {
      setProblems(problemsOf(caught));
    } finally {
      setRevoking(null);
      setBusy(false);
    }
  }

  return (
    <>
      <h1>API keys of {acting.name}</h1>
      <p>
        An API key lets one of the organisation’s systems (a SIEM, a monitoring tool) use Muster’s API with one role, in
        this organisation only.
      </p>
      <FormErrorSummary problems={problems} />
      {done && (
        <p className="nhsuk-body" role="status">
          {done}
        </p>
      )}
      {error ? (
        <Problem title="The organisation’s API keys could not be loaded">
          <p>{problemWords(error)}</p>
        </Problem>
      ) : !data ? (
        <Loading what="the organisation’s API keys" />
      ) : keys.length === 0 ? (
        <p>{acting.name} has no API keys. Keys you create appear here, with when each was last used.</p>
      ) : (
        <>
          <Table caption="API keys, newest first">
            <Table.Head>
              <Table.Row>
                <Table.Cell>What it is for</Table.Cell>
                <Table.Cell>Role</Table.Cell>
                <Table.Cell>Created</Table.Cell>
                <Table.Cell>Last used</Table.Cell>
                <Table.Cell>Status</Table.Cell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {keys.map((key) => (
                <Table.Row key={key.id} data-testid="api-key-row">
                  <Table.Cell>{key.name}</Table.Cell>
                  <Table.Cell>{roleWords(key.role)}</Table.Cell>
                  <Table.Cell>{londonTime(key.createdAt)}</Table.Cell>
                  <Table.Cell>{key.lastUsedAt ? londonTime(key.lastUsedAt) : 'Never'}</Table.Cell>
                  <Table.Cell>
                    {key.revokedAt ? (
                      <>
                        <Tag modifier="grey">Revoked</Tag>{' '}
                        <span className="nhsuk-body-s">{londonTime(key.revokedAt)}</span>
                      </>
                    ) : (
                      <>
                        <Tag modifier="green">Live</Tag>{' '}
                        <button
                          type="button"
                          className="muster-link-button"
                          aria-expanded={revoking?.id === key.id}
                          onClick={() => {
                            setDone('');
                            setRevoking(key);
                          }}
                        >
                          Revoke <span className="nhsuk-u-visually-hidden">the {key.name} key</span>
                        </button>
                      </>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {data.apiKeys.pageInfo.hasNextPage && (
            <Button
              type="button"
              secondary
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: data.apiKeys.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    apiKeys: {
                      ...fetchMoreResult.apiKeys,
                      nodes: [...prev.apiKeys.nodes, ...fetchMoreResult.apiKeys.nodes],
                    },
                  }),
                })
              }
            >
              Show older keys
            </Button>
          )}
        </>
      )}
      {revoking && (
        <Confirm
          key={revoking.id}
          title={`Revoke the ${revoking.name} key?`}
          confirm="Yes, revoke key"
          warning
          busy={busy}
          onConfirm={() => void confirmRevoke(revoking)}
          onCancel={() => setRevoking(null)}
        >
          <p>
            Muster refuses the key’s next request, and it can never be used again. The system using it stops working
            with Muster until you give it a new key.
          </p>
        </Confirm>
      )}
      <CreateApiKeyForm
        onProblems={setCreateProblems}
        onCreated={() => {
          setDone('');
          void refetch(variables);
        }}
      />
    </>
  );
}
