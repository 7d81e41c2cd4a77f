import { useEffect } from 'react';

/** `<Page> – Administration – Muster`, prefixed `Error: ` while a form of the page shows problems. */
export function useAdminTitle(page: string, hasProblems: boolean): void {
  useEffect(() => {
    document.title = `${hasProblems ? 'Error: ' : ''}${page} – Administration – Muster`;
  }, [page, hasProblems]);
}
