import { useMutation } from '@apollo/client/react';
import { Button } from 'nhsuk-react-components';
import { useEffect, useRef, useState } from 'react';
import { FormErrorSummary, type FormProblem } from '../../components/FormErrorSummary';
import { isForbidden } from '../../components/api-problems';
import { roleWords } from '../../components/roles';
import { useViewer } from '../../components/viewer-context';
import type { AdminPersonFragment, Role } from '../../generated/graphql';
import { adminProblems } from './admin-forms';
import { mayChangeRole, membershipWords, rolesIn } from './admin-roles';
import { Confirm } from './Confirm';
import { GrantRoleForm } from './GrantRoleForm';
import {
  AdminDeactivateUserMutation,
  AdminReactivateUserMutation,
  AdminRevokeRoleMutation,
  AdminSendInvitationMutation,
} from './operations';
import type { AdminTeam } from './TeamSelect';

type Pending = { kind: 'revoke'; role: Role } | { kind: 'deactivate' } | { kind: 'reactivate' } | null;

/** One person: their roles here (revoke, grant) and their account (deactivate, reactivate), each confirmed first. */
export function PersonPanel({
  person,
  teams,
  onChanged,
  onClose,
  onProblems,
}: {
  person: AdminPersonFragment;
  teams: AdminTeam[];
  onChanged: (words: string) => void;
  onClose: () => void;
  onProblems: (some: boolean) => void;
}) {
  const { acting, viewer } = useViewer();
  const heading = useRef<HTMLHeadingElement>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [problems, setProblemsState] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [revoke] = useMutation(AdminRevokeRoleMutation);
  const [deactivate] = useMutation(AdminDeactivateUserMutation);
  const [reactivate] = useMutation(AdminReactivateUserMutation);
  const [sendInvitation] = useMutation(AdminSendInvitationMutation);
  useEffect(() => heading.current?.focus(), []);
  const setProblems = (found: FormProblem[]) => {
    setProblemsState(found);
    onProblems(found.length > 0);
  };
  const roles = rolesIn(person.memberships, acting.id);
  const name = person.displayName;
  const isSelf = viewer.user?.id === person.id;

  async function run(change: () => Promise<unknown>, words: string, refusal: string) {
    setBusy(true);
    try {
      await change();
      setPending(null);
      setProblems([]);
      onChanged(words);
    } catch (caught) {
      setPending(null);
      setProblems(isForbidden(caught) ? [{ message: refusal }] : adminProblems(caught, {}));
    } finally {
      setBusy(false);
    }
  }

  const confirmRevoke = (role: Role) =>
    run(
      () => revoke({ variables: { input: { userId: person.id, organisationId: acting.id, role } } }),
      `${roleWords(role)} was revoked from ${name}.`,
      `You may not revoke ${roleWords(role).toLowerCase()}: only a system administrator may.`,
    );
  const accountRefusal = `Only a system administrator, or an administrator of every organisation ${name} belongs to, may change their account.`;

  return (
    <section aria-labelledby="person-heading" data-testid="person-panel">
      <FormErrorSummary problems={problems} />
      <h2 id="person-heading" tabIndex={-1} ref={heading}>
        {name}
      </h2>
      <p>
        {person.email}. {person.active ? 'Their account is active.' : 'Their account is deactivated.'}
      </p>
      <h3>Roles at {acting.name}</h3>
      {roles.length === 0 ? (
        <p>{name} holds no role here. Grant one below.</p>
      ) : (
        <ul className="nhsuk-list">
          {roles.map((m) => (
            <li key={m.id} data-testid="person-role">
              {membershipWords(m)}{' '}
              {mayChangeRole(acting.roles, m.role) && (
                <button
                  type="button"
                  className="muster-link-button"
                  onClick={() => setPending({ kind: 'revoke', role: m.role })}
                >
                  Revoke <span className="nhsuk-u-visually-hidden">{roleWords(m.role)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {pending?.kind === 'revoke' && (
        <Confirm
          title={`Revoke ${roleWords(pending.role).toLowerCase()} from ${name}?`}
          confirm="Yes, revoke role"
          warning
          busy={busy}
          onConfirm={() => void confirmRevoke(pending.role)}
          onCancel={() => setPending(null)}
        >
          <p>
            From their next request they can no longer do what this role allows at {acting.name}. Their records stay.
          </p>
          {isSelf && pending.role === 'ORG_ADMIN' && (
            <p>
              This is you: you will no longer administer {acting.name}, and another administrator would have to give the
              role back.
            </p>
          )}
        </Confirm>
      )}
      <GrantRoleForm person={person} teams={teams} held={roles.map((m) => m.role)} onGranted={onChanged} />
      <h3>Account</h3>
      {person.active && person.awaitingPassword && (
        <>
          <p data-testid="awaiting-password">
            {name} has not set a password yet, so cannot sign in. Their invitation link works once, for a limited time.
          </p>
          <Button
            type="button"
            secondary
            disabled={busy}
            onClick={() =>
              void run(
                () => sendInvitation({ variables: { userId: person.id } }),
                `We emailed ${name} a new link to set their password. Earlier links no longer work.`,
                accountRefusal,
              )
            }
          >
            Send the invitation again
          </Button>
        </>
      )}
      {isSelf ? (
        <p>This is your own account: another administrator would have to deactivate it.</p>
      ) : person.active ? (
        <>
          <p>
            Deactivating the account ends {name}’s access to Muster everywhere: they can no longer sign in, and their
            next request is refused on every device, for every organisation they belong to. Their roles and records are
            kept, and the account can be reactivated.
          </p>
          {pending?.kind === 'deactivate' ? (
            <Confirm
              title={`Deactivate ${name}’s account?`}
              confirm="Yes, deactivate account"
              warning
              busy={busy}
              onConfirm={() =>
                void run(
                  () => deactivate({ variables: { id: person.id } }),
                  `${name}’s account was deactivated.`,
                  accountRefusal,
                )
              }
              onCancel={() => setPending(null)}
            >
              <p>They lose access at once, in every organisation, until an administrator reactivates them.</p>
            </Confirm>
          ) : (
            <Button type="button" warning onClick={() => setPending({ kind: 'deactivate' })}>
              Deactivate account
            </Button>
          )}
        </>
      ) : pending?.kind === 'reactivate' ? (
        <Confirm
          title={`Reactivate ${name}’s account?`}
          confirm="Yes, reactivate account"
          busy={busy}
          onConfirm={() =>
            void run(
              () => reactivate({ variables: { id: person.id } }),
              `${name}’s account was reactivated.`,
              accountRefusal,
            )
          }
          onCancel={() => setPending(null)}
        >
          <p>They can sign in again with their password, with the roles they hold.</p>
        </Confirm>
      ) : (
        <>
          <p>
            The account is deactivated: {name} cannot sign in. Reactivating it restores their access with their roles.
          </p>
          <Button type="button" secondary onClick={() => setPending({ kind: 'reactivate' })}>
            Reactivate account
          </Button>
        </>
      )}
      <p>
        <button type="button" className="muster-link-button" onClick={onClose}>
          Close {name}
        </button>
      </p>
    </section>
  );
}
