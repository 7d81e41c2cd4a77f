import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import {
  actionLabel,
  CONFLICT_WORDS,
  mayDo,
  newerIncident,
  problemsOf,
  requireFilled,
  transitionOptions,
  type IncidentActionOption,
} from './room-state';

const option = (action: IncidentActionOption['action'], summary = action.toLowerCase()): IncidentActionOption => ({
  action,
  summary,
  requires: [],
  to: null,
});

describe('the incident room', () => {
  it('offers the status changes the API lists, in lifecycle order, and nothing else', () => {
    const offered = transitionOptions([
      option('RECORD'),
      option('CANCEL'),
      option('COMMAND'),
      option('CONTAIN'),
      option('OPEN_COORDINATION_CENTRE'),
    ]);
    expect(offered.map((o) => o.action)).toEqual(['OPEN_COORDINATION_CENTRE', 'CONTAIN', 'CANCEL']);
    expect(transitionOptions([option('RECORD')])).toEqual([]);
  });

  it('knows what the caller may do', () => {
    expect(mayDo([option('RECORD')], 'RECORD')).toBe(true);
    expect(mayDo([option('RECORD')], 'DECIDE')).toBe(false);
  });

  it('words a button from the summary', () => {
    expect(actionLabel(option('CONTAIN', 'mark contained'))).toBe('Mark contained');
  });

  it('keeps the newer state of the incident', () => {
    const older = { version: 3, title: 'old' };
    const newer = { version: 4, title: 'new' };
    expect(newerIncident(newer, older)).toBe(newer);
    expect(newerIncident(older, newer)).toBe(newer);
    expect(newerIncident(undefined, older)).toBe(older);
  });

  it('links an API field problem to the form field and words a version conflict', () => {
    const caught = new CombinedGraphQLErrors({
      errors: [
        { message: 'a reason is required', extensions: { code: 'BAD_USER_INPUT', field: 'reason' } },
        { message: 'Incident version 3 is stale', extensions: { code: 'CONFLICT' } },
        { message: 'nope', extensions: { code: 'BAD_USER_INPUT', field: 'input.somethingElse' } },
      ],
    });
    expect(problemsOf(caught, 'level', ['reason', 'level'])).toEqual([
      { field: 'level-reason', message: 'a reason is required' },
      { message: CONFLICT_WORDS },
      { message: 'nope' },
    ]);
  });

  it('words a network failure for people', () => {
    expect(problemsOf(new Error('Failed to fetch'), 'x', [])[0].message).toMatch(/cannot be reached/);
  });

  it('asks for each empty field, in order', () => {
    expect(
      requireFilled({ a: ' ', b: 'x' }, 'f', { a: 'Enter a', b: 'Enter b', c: 'Enter c' }).map((p) => p.field),
    ).toEqual(['f-a', 'f-c']);
  });
});
