import { describe, expect, it } from 'vitest';
import { candidateOptions } from './people';

const org = (name: string, roles: ('RESPONDER' | 'INCIDENT_COMMANDER' | 'VIEWER')[]) => ({ name, roles });

describe('people offered for a command role', () => {
  it('are the API’s candidates in its order, with their roles where they hold them, without the holder', () => {
    const options = candidateOptions(
      [
        {
          id: 'u1',
          displayName: 'Amira Okafor',
          organisations: [org('Midshire Trust', ['RESPONDER', 'INCIDENT_COMMANDER'])],
        },
        {
          id: 'u2',
          displayName: 'Ben Deputy',
          organisations: [org('Midshire Trust', ['VIEWER']), org('The ICB', ['RESPONDER'])],
        },
        { id: 'u3', displayName: 'Cara Holder', organisations: [org('Midshire Trust', ['RESPONDER'])] },
      ],
      'u3',
    );
    expect(options).toEqual([
      { id: 'u1', label: 'Amira Okafor – Incident commander, Responder at Midshire Trust' },
      { id: 'u2', label: 'Ben Deputy – Viewer at Midshire Trust; Responder at The ICB' },
    ]);
  });

  it('are every candidate while nobody holds the role', () => {
    expect(candidateOptions([{ id: 'u1', displayName: 'Amira Okafor', organisations: [] }], null)).toEqual([
      { id: 'u1', label: 'Amira Okafor' },
    ]);
  });
});
