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
  { path: '/incidents/:reference', component: lazy(() => import('../screens/incident-room/IncidentRoomScreen')) },
];
