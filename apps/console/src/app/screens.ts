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
  { path: '/my-work', component: lazy(() => import('../screens/my-work/MyWorkScreen')) },
  { path: '/ig', component: lazy(() => import('../screens/ig-desk/IgDeskScreen')) },
  { path: '/ig/threads/:id', component: lazy(() => import('../screens/ig-desk/IgThreadScreen')) },
];
