import { ErrorSummary } from 'nhsuk-react-components';

export interface FormProblem {
  /** The id of the field the link moves focus to; absent for a problem with the whole form. */
  field?: string;
  message: string;
}

/**
 * The NHS error summary pattern: at the top of the form, focused when it appears, one
 * link per problem to its field (the field shows the same message beside it).
 */
export function FormErrorSummary({ problems }: { problems: FormProblem[] }) {
  if (!problems.length) return null;
  return (
    <ErrorSummary>
      <ErrorSummary.Title>There is a problem</ErrorSummary.Title>
      <ErrorSummary.List>
        {problems.map((p) =>
          p.field ? (
            <ErrorSummary.ListItem key={p.field + p.message} href={`#${p.field}`}>
              {p.message}
            </ErrorSummary.ListItem>
          ) : (
            <li key={p.message}>{p.message}</li>
          ),
        )}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

export function problemFor(problems: FormProblem[], field: string): string | undefined {
  return problems.find((p) => p.field === field)?.message;
}
