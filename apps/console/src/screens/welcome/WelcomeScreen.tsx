import { Button, TextInput } from 'nhsuk-react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { acceptInvitation, MIN_PASSWORD_LENGTH, tokenFrom, validateWelcome } from './welcome';

/** Public (signed out): a person sets their first password with the link they were emailed. */
export default function WelcomeScreen() {
  const token = tokenFrom(useLocation().search);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}${done ? 'Password set' : 'Set your password'} – Muster`;
  }, [problems, done]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateWelcome(password, confirm);
    setProblems(found);
    if (found.length || !token) return;
    setBusy(true);
    const result = await acceptInvitation(token, password);
    setBusy(false);
    if (result.ok) setDone(true);
    else setProblems([result.problem]);
  }

  if (done) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Your password is set</h1>
          <p>Sign in with your email address and the password you chose.</p>
          <Link className="nhsuk-button" to="/" replace>
            Sign in
          </Link>
        </div>
      </div>
    );
  }
  if (!token) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Set your password</h1>
          <p>
            This address is missing the code from your invitation email. Open the link in the email again, or ask your
            organisation administrator to send the invitation again.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} />
        <h1>Set your password</h1>
        <p>You have been given a Muster account. Choose a password to sign in with.</p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextInput
            id="password"
            name="password"
            type="password"
            label="New password"
            hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password.`}
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={problemFor(problems, 'password')}
          />
          <TextInput
            id="confirm"
            name="confirm"
            type="password"
            label="Confirm new password"
            autoComplete="new-password"
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
            error={problemFor(problems, 'confirm')}
          />
          <Button type="submit" disabled={busy}>
            {busy ? 'Setting your password…' : 'Set password'}
          </Button>
        </form>
      </div>
    </div>
  );
}
