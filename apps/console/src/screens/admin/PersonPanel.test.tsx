import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AdminPersonFragment, Role } from '../../generated/graphql';
import { AsViewer, ORGANISATION } from './admin-test-viewer';
import { AdminDeactivateUserMutation, AdminSendInvitationMutation } from './operations';
import { PersonPanel } from './PersonPanel';

function person(id: string, roles: Role[], active = true, awaitingPassword = false): AdminPersonFragment {
  return {
    id,
    displayName: 'Amy Lee',
    email: 'amy.lee@nhs.net',
    active,
    awaitingPassword,
    memberships: roles.map((role, i) => ({
      id: `m${i}`,
      role,
      grantedAt: '2026-11-01T09:00:00Z',
      organisation: { id: ORGANISATION.id },
      team: null,
    })),
  };
}

function show(
  shown: AdminPersonFragment,
  mocks: MockedProviderProps['mocks'] = [],
  actingRoles: Role[] = ['ORG_ADMIN'],
) {
  const changes: string[] = [];
  render(
    <MockedProvider mocks={mocks}>
      <AsViewer roles={actingRoles}>
        <PersonPanel
          person={shown}
          teams={[]}
          onChanged={(words) => changes.push(words)}
          onClose={() => undefined}
          onProblems={() => undefined}
        />
      </AsViewer>
    </MockedProvider>,
  );
  return changes;
}

describe('PersonPanel', () => {
  it('says what deactivation does and sends nothing until it is confirmed', async () => {
    const deactivated = { request: { query: AdminDeactivateUserMutation, variables: { id: 'amy' } } };
    const changes = show(person('amy', ['RESPONDER']), [
      { ...deactivated, result: { data: { deactivateUser: { __typename: 'User', id: 'amy', active: false } } } },
    ]);
    expect(screen.getByText(/they can no longer sign in, and their next request is refused/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Deactivate account' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(changes).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Deactivate account' }));
    expect(screen.getByRole('heading', { name: /Deactivate Amy Lee’s account\?/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, deactivate account' }));
    await waitFor(() => expect(changes).toEqual(['Amy Lee’s account was deactivated.']));
  });

  it('sends the invitation again to a person who has not set a password, and only to them', async () => {
    const sent = { request: { query: AdminSendInvitationMutation, variables: { userId: 'amy' } } };
    const changes = show(person('amy', ['RESPONDER'], true, true), [
      { ...sent, result: { data: { sendInvitation: { __typename: 'User', id: 'amy', awaitingPassword: true } } } },
    ]);
    expect(screen.getByText(/Amy Lee has not set a password yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send the invitation again' }));
    // The answer arrives after the click returns (it flaked in CI when read at once).
    await waitFor(() =>
      expect(changes).toEqual(['We emailed Amy Lee a new link to set their password. Earlier links no longer work.']),
    );
  });

  it('offers no invitation to a person who has a password', () => {
    show(person('amy', ['RESPONDER']));
    expect(screen.queryByRole('button', { name: 'Send the invitation again' })).toBeNull();
  });

  it('never offers to deactivate your own account, and warns before you give up administering', async () => {
    show(person('me', ['ORG_ADMIN']));
    expect(screen.queryByRole('button', { name: 'Deactivate account' })).toBeNull();
    expect(screen.getByText(/This is your own account/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Revoke Organisation administrator' }));
    expect(
      screen.getByText(/This is you: you will no longer administer Northbrook General NHS Trust/),
    ).toBeInTheDocument();
  });

  it('offers an organisation administrator no revoke of a system-wide role, and a deactivated account reactivation', () => {
    show(person('amy', ['AUDITOR', 'VIEWER'], false));
    const revokes = screen.getAllByRole('button', { name: /^Revoke/ }).map((b) => b.textContent?.replace(/\s+/g, ' '));
    expect(revokes).toEqual(['Revoke Viewer']);
    expect(screen.getByRole('button', { name: 'Reactivate account' })).toBeInTheDocument();
  });
});
