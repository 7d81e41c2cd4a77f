import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ViewerQuery } from '../generated/graphql';
import { rolesByOrganisation, type ActingOrganisation } from './roles';

export type Viewer = ViewerQuery['me'];

interface ViewerContextValue {
  viewer: Viewer;
  organisations: ActingOrganisation[];
  /** The organisation the person is acting for now (the switcher in the header). */
  acting: ActingOrganisation;
  setActingId: (organisationId: string) => void;
}

const ViewerContext = createContext<ViewerContextValue | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const organisations = useMemo(() => rolesByOrganisation(viewer.grants), [viewer.grants]);
  const [actingId, setActingId] = useState<string | null>(null);
  const acting = organisations.find((o) => o.id === actingId) ?? organisations[0] ?? NO_ORGANISATION;
  const value = useMemo(() => ({ viewer, organisations, acting, setActingId }), [viewer, organisations, acting]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

const NO_ORGANISATION: ActingOrganisation = { id: '', name: 'No organisation', odsCode: '', roles: [] };

export function useViewer(): ViewerContextValue {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer outside ViewerProvider');
  return value;
}
