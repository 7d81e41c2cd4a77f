import { useQuery, useSubscription } from '@apollo/client/react';
import { Header, Select } from 'nhsuk-react-components';
import { Link, useLocation } from 'react-router';
import type { Role } from '../generated/graphql';
import { NotificationReceivedSubscription, UnreadCountQuery } from './operations';
import { roleWords } from './roles';
import { useViewer } from './viewer-context';

/**
 * The screens in the header's navigation; follow-up screens add themselves here. An entry
 * with `roles` shows only to people holding one of them in the organisation they act for.
 */
export const NAVIGATION: { to: string; text: string; roles?: Role[] }[] = [
  { to: '/', text: 'Incident board' },
  { to: '/my-work', text: 'My work' },
  { to: '/ig', text: 'IG desk', roles: ['IG_OFFICER'] },
  { to: '/readiness', text: 'Readiness' },
  { to: '/runbooks', text: 'Runbooks' },
  { to: '/exercises', text: 'Exercises' },
  { to: '/assurance', text: 'Assurance' },
  { to: '/on-call', text: 'On call' },
  { to: '/reporting', text: 'Reports' },
  { to: '/audit-trail', text: 'Audit', roles: ['ORG_ADMIN', 'SYSTEM_ADMIN', 'AUDITOR'] },
  { to: '/admin', text: 'Administration', roles: ['ORG_ADMIN', 'SYSTEM_ADMIN'] },
];

/**
 * The NHS.UK header: the service, the person and the organisation they act for, the
 * unread notifications (live), sign out; below it the switcher when they hold roles in
 * several organisations.
 */
export function AppHeader({ onSignOut }: { onSignOut: () => void }) {
  const { viewer, acting } = useViewer();
  const location = useLocation();
  return (
    <>
      <Header service={{ text: 'Muster', href: '/' }}>
        <Header.Account aria-label="Your account">
          <Header.AccountItem icon>{viewer.user?.displayName ?? viewer.label}</Header.AccountItem>
          <Header.AccountItem>
            {acting.name}
            {acting.roles.length ? ` (${acting.roles.map(roleWords).join(', ')})` : ''}
          </Header.AccountItem>
          <Header.AccountItem>
            <UnreadCount />
          </Header.AccountItem>
          <Header.AccountItem as="button" type="button" onClick={onSignOut}>
            Sign out
          </Header.AccountItem>
        </Header.Account>
        <Header.Navigation aria-label="Screens">
          {NAVIGATION.filter((item) => !item.roles || item.roles.some((r) => acting.roles.includes(r))).map((item) => (
            <Header.NavigationItem
              key={item.to}
              asElement={Link}
              to={item.to}
              current={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`) || undefined}
            >
              {item.text}
            </Header.NavigationItem>
          ))}
        </Header.Navigation>
      </Header>
      <OrganisationSwitcher />
    </>
  );
}

function UnreadCount() {
  const { data, refetch } = useQuery(UnreadCountQuery, { fetchPolicy: 'network-only' });
  useSubscription(NotificationReceivedSubscription, { onData: () => void refetch() });
  const count = data?.unreadNotificationCount;
  return (
    <Link to="/notifications" aria-live="polite" data-testid="unread-count" className="nhsuk-header__account-link">
      {count === undefined
        ? 'Notifications'
        : count === 0
          ? 'No unread notifications'
          : `${count} unread notification${count === 1 ? '' : 's'}`}
    </Link>
  );
}

function OrganisationSwitcher() {
  const { organisations, acting, setActingId } = useViewer();
  if (organisations.length < 2) return null;
  return (
    <div className="nhsuk-width-container muster-switcher">
      <Select
        id="acting-organisation"
        label="You are acting for"
        hint="Reports and screens use this organisation"
        value={acting.id}
        onChange={(event) => setActingId(event.target.value)}
      >
        {organisations.map((o) => (
          <Select.Option key={o.id} value={o.id}>
            {o.name} – {o.roles.map(roleWords).join(', ')}
          </Select.Option>
        ))}
      </Select>
    </div>
  );
}
