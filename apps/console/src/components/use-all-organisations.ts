import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { OrganisationsPageQuery as Page } from '../generated/graphql';
import { OrganisationsPageQuery } from './operations';

export type Organisation = Page['organisations']['nodes'][number];

/** Every organisation the person may see, page by page (an ICS has tens; the list is read once). */
export function useAllOrganisations(): { organisations: Organisation[] | null; error: Error | null } {
  const client = useApolloClient();
  const [organisations, setOrganisations] = useState<Organisation[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let cancelled = false;
    async function load() {
      const all: Organisation[] = [];
      let after: string | null | undefined;
      do {
        const { data } = await client.query({ query: OrganisationsPageQuery, variables: { after } });
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
