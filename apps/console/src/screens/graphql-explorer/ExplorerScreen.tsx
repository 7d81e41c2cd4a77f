import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { useEffect, useMemo, useRef } from 'react';
import { useSessionStore } from '../../auth/session-context';
import { mendGraphiQL } from './explorer-accessibility';
import { explorerFetcher } from './explorer-fetcher';

const EXAMPLE = `# Run as you: queries and mutations over HTTP, subscriptions over graphql-ws.
query Me {
  me {
    label
    grants { role organisation { name } }
  }
}
`;

/**
 * GraphiQL for developers, bundled from the project's own packages (no CDN: NHS networks
 * often have no internet access), sending every operation as the signed-in person. The
 * schema comes from introspection, which production turns off (schema.graphql in the
 * repository is the same). /graphql redirects here in development.
 */
export default function ExplorerScreen() {
  const store = useSessionStore();
  const { fetcher, dispose } = useMemo(() => explorerFetcher(store), [store]);
  useEffect(() => dispose, [dispose]);
  useEffect(() => {
    document.title = 'GraphQL explorer – Muster';
  }, []);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    mendGraphiQL(root);
    const observer = new MutationObserver(() => mendGraphiQL(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  return (
    <>
      <h1 className="nhsuk-u-visually-hidden">GraphQL explorer</h1>
      <div className="muster-graphiql" ref={container}>
        <GraphiQL
          fetcher={fetcher}
          defaultQuery={EXAMPLE}
          shouldPersistHeaders={false}
          storage={memoryStorage}
          forcedTheme="light"
        />
      </div>
    </>
  );
}

/** GraphiQL keeps tabs and history in this store: memory only (nothing the person ran outlives the page). */
const memory = new Map<string, string>();
const memoryStorage = {
  getItem: (key: string) => memory.get(key) ?? null,
  setItem: (key: string, value: string) => void memory.set(key, value),
  removeItem: (key: string) => void memory.delete(key),
  clear: () => memory.clear(),
  get length() {
    return memory.size;
  },
};
