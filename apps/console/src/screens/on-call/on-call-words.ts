import type { OnCallDuty, PageStatus } from '../../generated/graphql';

const DUTY: Record<OnCallDuty, string> = {
  STRATEGIC: 'Strategic (gold)',
  TACTICAL: 'Tactical (silver)',
  OPERATIONAL: 'Operational (bronze)',
  IG: 'Information governance',
  CYBER_SOC: 'Cyber security (SOC)',
  EPRR: 'EPRR',
};
const ORDER: OnCallDuty[] = ['STRATEGIC', 'TACTICAL', 'OPERATIONAL', 'IG', 'CYBER_SOC', 'EPRR'];

export const dutyWords = (duty: OnCallDuty): string => DUTY[duty];

/** Rotas in command order (gold, silver, bronze, then the specialist duties), each deputy after its rota. */
export function sortRotas<T extends { duty: OnCallDuty; deputy: boolean; name: string }>(rotas: readonly T[]): T[] {
  return [...rotas].sort(
    (a, b) =>
      ORDER.indexOf(a.duty) - ORDER.indexOf(b.duty) ||
      Number(a.deputy) - Number(b.deputy) ||
      a.name.localeCompare(b.name),
  );
}

const STATUS: Record<PageStatus, { words: string; colour: 'red' | 'green' | 'grey' }> = {
  OPEN: { words: 'Waiting for acknowledgement', colour: 'red' },
  ACKNOWLEDGED: { words: 'Acknowledged', colour: 'green' },
  EXHAUSTED: { words: 'Nobody acknowledged', colour: 'grey' },
};
export const pageStatusWords = (status: PageStatus): string => STATUS[status].words;
export const pageStatusColour = (status: PageStatus) => STATUS[status].colour;

/** The person's own open pages first (what they must act on), then everything else newest first. */
export function splitPages<
  T extends { id: string; status: PageStatus; raisedAt: string; pagedPerson?: { userId: string } | null },
>(pages: readonly T[], userId: string | null): { mine: T[]; others: T[] } {
  const newestFirst = [...pages].sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
  const isMine = (p: T) => p.status === 'OPEN' && userId !== null && p.pagedPerson?.userId === userId;
  return { mine: newestFirst.filter(isMine), others: newestFirst.filter((p) => !isMine(p)) };
}

/** Replaces a page by id, or adds it (a live page, an acknowledgement). */
export function mergePage<T extends { id: string }>(pages: readonly T[], page: T): T[] {
  return pages.some((p) => p.id === page.id) ? pages.map((p) => (p.id === page.id ? page : p)) : [page, ...pages];
}
