import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { ExerciseOrganisationsQuery } from '../../generated/graphql';
import { ExerciseOrganisationsQuery as Query } from './operations';

export type ExerciseOrganisation = ExerciseOrganisationsQuery['organisations']['nodes'][number];

/** Every organisation of the ICS with its kind, page by page (an ICS has tens; read once). */
export function useExerciseOrganisations(): { organisations: ExerciseOrganisation[] | null; error: Error | null } {
  const client = useApolloClient();
  const [organisations, setOrganisations] = useState<ExerciseOrganisation[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let cancelled = false;
    async function load() {
      const all: ExerciseOrganisation[] = [];
      let after: string | null | undefined;
      do {
        const { data } = await client.query({ query: Query, variables: { after } });
        if (!data) break;
        all.push(...data.organisations.nodes);
        after = data.organisations.pageInfo.hasNextPage ? data.organisations.pageInfo.endCursor : null;
      } while (after);
      if (!cancelled) setOrganisations(all.sort((a, b) => a.name.localeCompare(b.name)));
    }
    load().catch((caught: unknown) => !cancelled && setError(caught as Error));
    return () => {
      cancelled = true;
    };
  }, [client]);
  return { organisations, error };
}
