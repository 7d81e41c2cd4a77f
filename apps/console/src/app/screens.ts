import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Every signed-in screen: its path and its lazily loaded module (one chunk per screen, so
 * the initial JavaScript stays within budget). A new screen adds one line here, and one
 * line in components/AppHeader.tsx NAVIGATION if it belongs in the header.
 */
export interface ScreenRoute {
  path: string;
  component: LazyExoticComponent<ComponentType>;
}

export const SCREENS: ScreenRoute[] = [
  { path: '/', component: lazy(() => import('../screens/board/BoardScreen')) },
  { path: '/incidents/report', component: lazy(() => import('../screens/board/ReportIncidentScreen')) },
  { path: '/graphql-explorer', component: lazy(() => import('../screens/graphql-explorer/ExplorerScreen')) },
  { path: '/readiness', component: lazy(() => import('../screens/readiness/ReadinessScreen')) },
  {
    path: '/readiness/:organisationId',
    component: lazy(() => import('../screens/readiness/OrganisationReadinessScreen')),
  },
  { path: '/runbooks', component: lazy(() => import('../screens/runbooks/RunbooksScreen')) },
  { path: '/runbooks/new', component: lazy(() => import('../screens/runbooks/CreateRunbookScreen')) },
  { path: '/runbooks/:id', component: lazy(() => import('../screens/runbooks/RunbookScreen')) },
  { path: '/exercises', component: lazy(() => import('../screens/exercises/ExercisesScreen')) },
  { path: '/exercises/new', component: lazy(() => import('../screens/exercises/RecordExerciseScreen')) },
  { path: '/exercises/:id', component: lazy(() => import('../screens/exercises/ExerciseScreen')) },
  { path: '/on-call', component: lazy(() => import('../screens/on-call/OnCallScreen')) },
  { path: '/reporting', component: lazy(() => import('../screens/reports/ReportsScreen')) },
  { path: '/audit-trail', component: lazy(() => import('../screens/audit/AuditScreen')) },
  { path: '/audit-trail/:entityType/:entityId', component: lazy(() => import('../screens/audit/AuditHistoryScreen')) },
  { path: '/notifications', component: lazy(() => import('../screens/notifications/NotificationsScreen')) },
  { path: '/incidents/:reference', component: lazy(() => import('../screens/incident-room/IncidentRoomScreen')) },
  { path: '/my-work', component: lazy(() => import('../screens/my-work/MyWorkScreen')) },
  { path: '/ig', component: lazy(() => import('../screens/ig-desk/IgDeskScreen')) },
  { path: '/assurance', component: lazy(() => import('../screens/assurance/AssuranceScreen')) },
  { path: '/assurance/assessments/:id', component: lazy(() => import('../screens/assurance/AssessmentScreen')) },
  { path: '/ig/threads/:id', component: lazy(() => import('../screens/ig-desk/IgThreadScreen')) },
  { path: '/admin/*', component: lazy(() => import('../screens/admin/AdminScreen')) },
];
