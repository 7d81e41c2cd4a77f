import { createContext, useContext } from 'react';
import type { IncidentRoomFragment } from '../../generated/graphql';

export interface RoomContextValue {
  incident: IncidentRoomFragment;
  /** A change came back from the API: the room shows it (if newer than what it has). */
  changed: (incident: IncidentRoomFragment) => void;
  /** A record was added (SitRep, METHANE, decision…): the room fetches the incident again. */
  refresh: () => Promise<unknown>;
  /** A form of the room shows problems (or no longer does): the page title says "Error:". */
  formHasProblems: (form: string, has: boolean) => void;
}

export const RoomContext = createContext<RoomContextValue | null>(null);

export function useRoom(): RoomContextValue {
  const value = useContext(RoomContext);
  if (!value) throw new Error('useRoom outside the incident room');
  return value;
}
