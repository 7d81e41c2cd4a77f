import { describe, expect, it } from 'vitest';
import { ownerOptions } from './owner-options';

describe('the runbook owner select', () => {
  it('offers the candidates in the API’s order with their roles, marking the owner now', () => {
    expect(
      ownerOptions(
        [
          { id: 'u1', displayName: 'David Okonkwo', roles: ['RESPONDER', 'EPRR_LEAD'] },
          { id: 'u2', displayName: 'Priya Shah', roles: ['EPRR_LEAD'] },
        ],
        'u2',
      ),
    ).toEqual([
      { id: 'u1', label: 'David Okonkwo (EPRR lead, Responder)' },
      { id: 'u2', label: 'Priya Shah (EPRR lead) – owner now' },
    ]);
  });
});
