import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// As main.tsx does: the design system's scripts run only where the page says they are supported.
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');

afterEach(() => cleanup());
