import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import './console.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SessionProvider } from './auth/session-context';
import { SessionStore } from './auth/session-store';

// The design system's scripts style themselves on these classes (set here: no inline script).
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');

const store = new SessionStore();
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <SessionProvider store={store}>
      <App />
    </SessionProvider>
  </StrictMode>,
);
