import { useQuery } from '@apollo/client/react';
import { Button, Table, Tag } from 'nhsuk-react-components';
import { useState } from 'react';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { useViewer } from '../../components/viewer-context';
import type { AdminPersonFragment } from '../../generated/graphql';
import { isRefused } from './admin-forms';
import { membershipWords, rolesIn } from './admin-roles';
import { AddPersonForm } from './AddPersonForm';
import { NotAnAdministrator } from './NotAnAdministrator';
import { AdminPeopleQuery, AdminTeamsQuery } from './operations';
import { PersonPanel } from './PersonPanel';
import { useAdminTitle } from './use-admin-title';

const PAGE = 20;

/** The acting organisation's people, by name: their roles here, active or not; add one; manage one. */
export function PeoplePage() {
  const { acting } = useViewer();
  const [adding, setAdding] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [formHasProblems, setFormHasProblems] = useState(false);
  useAdminTitle('People', formHasProblems);
  const variables = { organisationId: acting.id, first: PAGE };
  const { data, error, fetchMore, refetch, loading } = useQuery(AdminPeopleQuery, {
    variables,
    fetchPolicy: 'network-only',
  });
  const teams = useQuery(AdminTeamsQuery, { variables: { organisationId: acting.id } }).data?.teams.nodes ?? [];

  if (error && isRefused(error)) return <NotAnAdministrator organisation={acting.name} />;
  const people = data?.users.nodes ?? [];
  const selected = people.find((p) => p.id === selectedId);
  const changed = async (words: string) => {
    setDone(words);
    await refetch(variables);
  };

  return (
    <>
      <h1>People of {acting.name}</h1>
      {done && (
        <p className="nhsuk-body" role="status">
          {done}
        </p>
      )}
      {adding ? (
        <AddPersonForm
          teams={teams}
          onProblems={setFormHasProblems}
          onCancel={() => setAdding(false)}
          onAdded={(words) => {
            setAdding(false);
            void changed(words);
          }}
        />
      ) : (
        <Button type="button" secondary onClick={() => setAdding(true)}>
          Add a person
        </Button>
      )}
      {error ? (
        <Problem title="The organisation’s people could not be loaded">
          <p>{problemWords(error)}</p>
        </Problem>
      ) : !data ? (
        <Loading what="the organisation’s people" />
      ) : people.length === 0 ? (
        <p>{acting.name} has no people yet. Everyone you add appears here with their roles.</p>
      ) : (
        <>
          <PeopleTable
            people={people}
            organisationId={acting.id}
            onManage={(id) => {
              setDone('');
              setSelectedId(id === selectedId ? null : id);
            }}
            selectedId={selectedId}
          />
          {data.users.pageInfo.hasNextPage && (
            <Button
              type="button"
              secondary
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: data.users.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    users: { ...fetchMoreResult.users, nodes: [...prev.users.nodes, ...fetchMoreResult.users.nodes] },
                  }),
                })
              }
            >
              Show more people
            </Button>
          )}
        </>
      )}
      {selected && (
        <PersonPanel
          key={selected.id}
          person={selected}
          teams={teams}
          onProblems={setFormHasProblems}
          onChanged={(words) => void changed(words)}
          onClose={() => setSelectedId(null)}
        />
      )}
    </>
  );
}

function PeopleTable({
  people,
  organisationId,
  selectedId,
  onManage,
}: {
  people: AdminPersonFragment[];
  organisationId: string;
  selectedId: string | null;
  onManage: (id: string) => void;
}) {
  return (
    <Table caption="People and their roles here">
      <Table.Head>
        <Table.Row>
          <Table.Cell>Name</Table.Cell>
          <Table.Cell>Roles</Table.Cell>
          <Table.Cell>Account</Table.Cell>
          <Table.Cell>
            <span className="nhsuk-u-visually-hidden">Action</span>
          </Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {people.map((person) => {
          const roles = rolesIn(person.memberships, organisationId);
          return (
            <Table.Row key={person.id} data-testid="person-row">
              <Table.Cell>
                <strong>{person.displayName}</strong>
                <br />
                <span className="nhsuk-body-s">{person.email}</span>
              </Table.Cell>
              <Table.Cell>{roles.length ? roles.map(membershipWords).join(', ') : 'No roles here'}</Table.Cell>
              <Table.Cell>
                {person.active ? <Tag modifier="green">Active</Tag> : <Tag modifier="grey">Deactivated</Tag>}
              </Table.Cell>
              <Table.Cell>
                <button
                  type="button"
                  className="muster-link-button"
                  aria-expanded={selectedId === person.id}
                  onClick={() => onManage(person.id)}
                >
                  Manage <span className="nhsuk-u-visually-hidden">{person.displayName}</span>
                </button>
              </Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}
