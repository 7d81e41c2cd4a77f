import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SessionProvider } from '../../auth/session-context';
import { SessionStore } from '../../auth/session-store';
import SignInScreen from './SignInScreen';

function renderWith(fetchImpl: typeof fetch) {
  const store = new SessionStore(fetchImpl);
  render(
    <SessionProvider store={store}>
      <SignInScreen />
    </SessionProvider>,
  );
  return store;
}

describe('SignInScreen', () => {
  it('shows the error summary with a link to each field left empty, and sends nothing', async () => {
    let sent = 0;
    renderWith(async () => {
      sent++;
      return new Response('{}');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter your email address' })).toHaveAttribute('href', '#email');
    expect(screen.getByRole('link', { name: 'Enter your password' })).toHaveAttribute('href', '#password');
    expect(sent).toBe(0);
  });

  it('says the credentials are not right when the API refuses them', async () => {
    renderWith(
      async () =>
        new Response(JSON.stringify({ code: 'UNAUTHENTICATED', message: 'Incorrect email or password' }), {
          status: 401,
        }),
    );
    await userEvent.type(screen.getByLabelText('Email address'), 'someone@rje.nhs.uk');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('link', { name: 'The email address or password is not right' })).toBeInTheDocument();
  });

  it('signs in with the trimmed email', async () => {
    let body = '';
    const store = renderWith(async (_url: RequestInfo | URL, init?: RequestInit) => {
      body = typeof init?.body === 'string' ? init.body : '';
      return new Response(
        JSON.stringify({
          accessToken: 't',
          expiresAt: '2099-01-01T00:00:00Z',
          user: { id: 'u', email: 'e', displayName: 'D' },
        }),
      );
    });
    await userEvent.type(screen.getByLabelText('Email address'), '  someone@rje.nhs.uk ');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('button', { name: 'Signing in…' });
    expect(JSON.parse(body)).toEqual({ email: 'someone@rje.nhs.uk', password: 'correct horse' });
    expect(store.current()?.accessToken).toBe('t');
  });
});
