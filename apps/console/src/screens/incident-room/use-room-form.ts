import { useEffect, useState } from 'react';
import type { FormProblem } from '../../components/FormErrorSummary';
import { useRoom } from './room-context';
import { problemsOf } from './room-state';

/**
 * A form of the room: its problems (the NHS error summary), whether it is saving, and
 * `save`, which checks the form, runs the change and turns an API refusal into problems
 * linked to the form's fields (`<prefix>-<field>`). Resolves true when it saved.
 */
export function useRoomForm(prefix: string, fields: readonly string[]) {
  const { formHasProblems } = useRoom();
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const has = problems.length > 0;
  useEffect(() => {
    formHasProblems(prefix, has);
    return () => formHasProblems(prefix, false);
  }, [formHasProblems, prefix, has]);

  async function save(found: FormProblem[], change: () => Promise<unknown>): Promise<boolean> {
    setProblems(found);
    if (found.length) return false;
    setBusy(true);
    try {
      await change();
      return true;
    } catch (caught) {
      setProblems(problemsOf(caught, prefix, fields));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { problems, busy, save, clear: () => setProblems([]) };
}
