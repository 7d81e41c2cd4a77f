import { useEffect } from 'react';
import { Link } from 'react-router';

/** Shown instead of administration to anyone who does not administer the acting organisation (and when the API refuses). */
export function NotAnAdministrator({ organisation }: { organisation: string }) {
  useEffect(() => {
    document.title = 'You cannot administer this organisation – Muster';
  }, []);
  return (
    <>
      <h1>You cannot administer this organisation</h1>
      <p>
        You may not administer {organisation}: only its organisation administrators, and system administrators, manage
        its people, teams and API keys.
      </p>
      <p>
        If someone needs a role, a team or an API key, ask one of its administrators. You can go back to the{' '}
        <Link to="/">incident board</Link>.
      </p>
    </>
  );
}
