import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Session, SessionStore } from './session-store';

const SessionContext = createContext<SessionStore | null>(null);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSessionStore outside SessionProvider');
  return store;
}

/** The signed-in session, re-rendering on sign-in, refresh and sign-out. */
export function useSession(): { session: Session | null; restored: boolean } {
  const store = useSessionStore();
  const session = useSyncExternalStore(store.subscribe, store.current);
  const restored = useSyncExternalStore(store.subscribe, store.isRestored);
  return { session, restored };
}
