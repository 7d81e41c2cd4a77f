import { Button, TextInput } from 'nhsuk-react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { useSessionStore } from '../../auth/session-context';
import { FormErrorSummary, problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { validateSignIn } from './validate';

export default function SignInScreen() {
  const store = useSessionStore();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}Sign in – Muster`;
  }, [problems]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSignIn(email, password);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    const result = await store.signIn(email.trim(), password);
    if (!result.ok) {
      setBusy(false);
      setProblems([{ field: result.field, message: result.message }]);
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} />
        <h1>Sign in to Muster</h1>
        <p>Muster is for NHS staff who plan for and run incidents in Staffordshire and Stoke-on-Trent.</p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextInput
            id="email"
            name="email"
            type="email"
            label="Email address"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={problemFor(problems, 'email')}
          />
          <TextInput
            id="password"
            name="password"
            type="password"
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={problemFor(problems, 'password')}
          />
          <Button type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>
      </div>
    </div>
  );
}
