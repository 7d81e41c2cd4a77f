import { Suspense, lazy, useEffect, useMemo } from 'react';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { useSession, useSessionStore } from '../auth/session-context';
import { AppHeader } from '../components/AppHeader';
import { ViewerQuery } from '../components/operations';
import { Loading, Problem, problemWords } from '../components/PageStatus';
import { ViewerProvider } from '../components/viewer-context';
import { createApolloClient } from '../graphql/client';
import { SCREENS } from './screens';

const SignInScreen = lazy(() => import('../screens/sign-in/SignInScreen'));
const NotFoundScreen = lazy(() => import('../screens/not-found/NotFoundScreen'));
const WelcomeScreen = lazy(() => import('../screens/welcome/WelcomeScreen'));

/**
 * Signed out: the sign-in screen at every address (the address is kept for after sign-in),
 * except /welcome, where an invited person sets their first password.
 */
export function App() {
  const store = useSessionStore();
  const { session, restored } = useSession();
  useEffect(() => {
    if (!restored) void store.refresh();
  }, [store, restored]);
  return (
    <BrowserRouter>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      {!restored ? (
        <Main>
          <Loading what="your session" />
        </Main>
      ) : session ? (
        <SignedIn key={session.user.id} />
      ) : (
        <SignedOut />
      )}
    </BrowserRouter>
  );
}

function SignedOut() {
  const welcome = useLocation().pathname === '/welcome';
  return (
    <Main>
      <Suspense fallback={<Loading what={welcome ? 'the page' : 'the sign-in page'} />}>
        {welcome ? <WelcomeScreen /> : <SignInScreen />}
      </Suspense>
    </Main>
  );
}

function SignedIn() {
  const store = useSessionStore();
  const apollo = useMemo(() => createApolloClient(store), [store]);
  useEffect(() => {
    apollo.retain();
    return () => apollo.release();
  }, [apollo]);
  return (
    <ApolloProvider client={apollo.client}>
      <WithViewer onSignOut={() => void store.signOut()} />
    </ApolloProvider>
  );
}

function WithViewer({ onSignOut }: { onSignOut: () => void }) {
  const { data, error } = useQuery(ViewerQuery);
  if (!data) {
    return (
      <Main>
        {error ? (
          <Problem title="Your details could not be loaded">
            <p>{problemWords(error)}</p>
          </Problem>
        ) : (
          <Loading what="your details" />
        )}
      </Main>
    );
  }
  return (
    <ViewerProvider viewer={data.me}>
      <AppHeader onSignOut={onSignOut} />
      <Main>
        <Suspense fallback={<Loading what="the page" />}>
          <Routes>
            {SCREENS.map(({ path, component: Screen }) => (
              <Route key={path} path={path} element={<Screen />} />
            ))}
            <Route path="*" element={<NotFoundScreen />} />
          </Routes>
        </Suspense>
      </Main>
    </ViewerProvider>
  );
}

function Main({ children }: { children: React.ReactNode }) {
  return (
    <div className="nhsuk-width-container">
      <main className="nhsuk-main-wrapper" id="maincontent">
        {children}
      </main>
    </div>
  );
}
