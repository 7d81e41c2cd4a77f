import { describe, expect, it } from 'vitest';
import type { BoardIncidentFragment } from '../../generated/graphql';
import { mergeIncident, sortBoard } from './board-state';

const incident = (id: string, status: string, reportedAt: string): BoardIncidentFragment =>
  ({
    id,
    reference: `INC-2026-${id}`,
    title: id,
    status,
    level: 1,
    type: 'CRITICAL',
    scope: 'ORGANISATION',
    category: 'RANSOMWARE',
    reportedAt,
    declaredAt: null,
    nextSitRepDueAt: null,
    sitRepOverdue: false,
    leadOrganisation: { id: 'o', name: 'Org' },
    affectedOrganisations: [],
  }) as BoardIncidentFragment;

describe('the board list', () => {
  it('puts active incidents first, newest reported first', () => {
    const list = sortBoard([
      incident('closed', 'CLOSED', '2026-11-29T12:00:00Z'),
      incident('old', 'DECLARED', '2026-11-01T00:00:00Z'),
      incident('new', 'REPORTED', '2026-11-28T00:00:00Z'),
    ]);
    expect(list.map((i) => i.id)).toEqual(['new', 'old', 'closed']);
  });

  it('adds an incident seen for the first time and replaces a known one by its newer state', () => {
    const start = [incident('a', 'REPORTED', '2026-11-01T00:00:00Z')];
    const added = mergeIncident(start, incident('b', 'DECLARED', '2026-11-02T00:00:00Z'));
    expect(added.map((i) => i.id)).toEqual(['b', 'a']);
    const replaced = mergeIncident(added, incident('a', 'STOOD_DOWN', '2026-11-01T00:00:00Z'));
    expect(replaced.map((i) => [i.id, i.status])).toEqual([
      ['b', 'DECLARED'],
      ['a', 'STOOD_DOWN'],
    ]);
  });
});
