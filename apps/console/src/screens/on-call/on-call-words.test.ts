import { describe, expect, it } from 'vitest';
import { mergePage, sortRotas, splitPages } from './on-call-words';

describe('on call', () => {
  it('orders rotas gold, silver, bronze, then the specialist duties, each deputy after its rota', () => {
    const rotas = [
      { duty: 'IG' as const, deputy: false, name: 'IG' },
      { duty: 'TACTICAL' as const, deputy: true, name: 'Silver deputy' },
      { duty: 'STRATEGIC' as const, deputy: false, name: 'Gold' },
      { duty: 'TACTICAL' as const, deputy: false, name: 'Silver' },
    ];
    expect(sortRotas(rotas).map((r) => r.name)).toEqual(['Gold', 'Silver', 'Silver deputy', 'IG']);
  });

  it('puts the person’s own open pages first, newest first, and merges a live page', () => {
    const pages = [
      { id: '1', status: 'OPEN' as const, raisedAt: '2026-11-29T01:00:00Z', pagedPerson: { userId: 'me' } },
      { id: '2', status: 'ACKNOWLEDGED' as const, raisedAt: '2026-11-29T03:00:00Z', pagedPerson: { userId: 'me' } },
      { id: '3', status: 'OPEN' as const, raisedAt: '2026-11-29T02:00:00Z', pagedPerson: { userId: 'them' } },
      { id: '4', status: 'OPEN' as const, raisedAt: '2026-11-29T04:00:00Z', pagedPerson: { userId: 'me' } },
    ];
    const { mine, others } = splitPages(pages, 'me');
    expect(mine.map((p) => p.id)).toEqual(['4', '1']);
    expect(others.map((p) => p.id)).toEqual(['2', '3']);
    const acknowledged = { ...pages[0], status: 'ACKNOWLEDGED' as const };
    expect(mergePage(pages, acknowledged).find((p) => p.id === '1')?.status).toBe('ACKNOWLEDGED');
    expect(mergePage(pages, { ...pages[0], id: '5' })[0].id).toBe('5');
  });
});
