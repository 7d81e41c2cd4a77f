import { describe, expect, it } from 'vitest';
import { knownPeople } from './people';

const person = (id: string, displayName: string, active = true) => ({ id, displayName, active });

describe('people offered for a command role', () => {
  it('are the viewer and the incident’s people, once each, active only, by name', () => {
    const people = knownPeople(
      {
        reportedBy: person('u2', 'Zoe Reporter'),
        declaredBy: person('u1', 'Amira Okafor'),
        roleHistory: [
          {
            id: 'h1',
            role: 'SCRIBE',
            startedAt: '2026-06-01T10:00:00Z',
            endedAt: null,
            holder: person('u3', 'Gone Person', false),
            organisation: null,
          },
          {
            id: 'h2',
            role: 'DEPUTY',
            startedAt: '2026-06-01T10:00:00Z',
            endedAt: null,
            holder: person('u4', 'Ben Deputy'),
            organisation: null,
          },
        ],
      },
      { id: 'u1', displayName: 'Amira Okafor' },
    );
    expect(people.map((p) => p.id)).toEqual(['u1', 'u4', 'u2']);
  });
});
