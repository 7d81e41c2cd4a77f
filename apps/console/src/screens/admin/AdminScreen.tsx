import { ContentsList } from 'nhsuk-react-components';
import { Link, Route, Routes, useLocation } from 'react-router';
import { useViewer } from '../../components/viewer-context';
import NotFoundScreen from '../not-found/NotFoundScreen';
import { mayAdminister } from './admin-roles';
import { ApiKeysPage } from './ApiKeysPage';
import { NotAnAdministrator } from './NotAnAdministrator';
import { PeoplePage } from './PeoplePage';
import { TeamsPage } from './TeamsPage';

const PAGES = [
  { to: '/admin', text: 'People' },
  { to: '/admin/teams', text: 'Teams' },
  { to: '/admin/api-keys', text: 'API keys' },
];

/**
 * /admin: the acting organisation's people, teams and API keys, for its administrators
 * (ORG_ADMIN) and system administrators. Anyone else is told, in a sentence, that they may
 * not administer it; the API refuses them too.
 */
export default function AdminScreen() {
  const { acting } = useViewer();
  if (!mayAdminister(acting.roles)) return <NotAnAdministrator organisation={acting.name} />;
  return (
    <>
      <span className="nhsuk-caption-l">Administration</span>
      <AdminNavigation />
      <Routes>
        <Route index element={<PeoplePage key={acting.id} />} />
        <Route path="teams" element={<TeamsPage key={acting.id} />} />
        <Route path="api-keys" element={<ApiKeysPage key={acting.id} />} />
        <Route path="*" element={<NotFoundScreen />} />
      </Routes>
    </>
  );
}

/** The NHS contents list as the screen's secondary navigation: the page shown is marked current. */
function AdminNavigation() {
  const { pathname } = useLocation();
  const here = pathname.replace(/\/$/, '');
  return (
    <ContentsList aria-label="Administration" visuallyHiddenText="Administration pages">
      {PAGES.map((page) =>
        page.to === here ? (
          <ContentsList.Item key={page.to} current>
            {page.text}
          </ContentsList.Item>
        ) : (
          <ContentsList.Item key={page.to} asElement={Link} to={page.to}>
            {page.text}
          </ContentsList.Item>
        ),
      )}
    </ContentsList>
  );
}
