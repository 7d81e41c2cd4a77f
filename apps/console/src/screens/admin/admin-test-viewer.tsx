import type { ReactNode } from 'react';
import type { Role } from '../../generated/graphql';
import { ViewerProvider, type Viewer } from '../../components/viewer-context';

export const ORGANISATION = { id: 'org-1', name: 'Northbrook General NHS Trust', odsCode: 'RX1' };

/** Tests only: signed in as `me`, holding `roles` at ORGANISATION. */
export function AsViewer({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const viewer = {
    label: 'Grace Hopper',
    user: { id: 'me', displayName: 'Grace Hopper', email: 'grace@nhs.net' },
    grants: roles.map((role) => ({ role, organisation: ORGANISATION, team: null })),
  } as unknown as Viewer;
  return <ViewerProvider viewer={viewer}>{children}</ViewerProvider>;
}
