import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { IncidentRoomFragment } from '../../generated/graphql';
import { RoomContext } from './room-context';
import type { IncidentActionOption } from './room-state';
import { TransitionActions } from './TransitionActions';

const option = (action: IncidentActionOption['action'], summary: string, to: IncidentActionOption['to'] = null) => ({
  action,
  summary,
  to,
  requires: [],
});

function renderWith(availableActions: IncidentActionOption[]) {
  const incident = { id: 'inc-1', version: 4, status: 'DECLARED', type: 'CRITICAL', methane: null, availableActions };
  const changed = vi.fn();
  render(
    <MockedProvider mocks={[]}>
      <RoomContext.Provider
        value={{
          incident: incident as unknown as IncidentRoomFragment,
          changed,
          refresh: () => Promise.resolve(),
          formHasProblems: () => undefined,
        }}
      >
        <TransitionActions />
      </RoomContext.Provider>
    </MockedProvider>,
  );
  return changed;
}

describe('TransitionActions', () => {
  it('offers a button for each status change the API lists, and no other', () => {
    renderWith([
      option('RECORD', 'add to the record'),
      option('CANCEL', 'cancel', 'CANCELLED'),
      option('CONTAIN', 'mark contained', 'CONTAINED'),
    ]);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Mark contained', 'Cancel']);
  });

  it('says so when the person may change nothing of its status', () => {
    renderWith([option('RECORD', 'add to the record')]);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByText(/There is nothing you can change/)).toBeInTheDocument();
  });

  it('asks for the reason to cancel, in the error summary, and sends nothing without it', async () => {
    const changed = renderWith([option('CANCEL', 'cancel', 'CANCELLED')]);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm: cancel' }));
    expect(screen.getByRole('link', { name: 'Enter why the incident is cancelled' })).toHaveAttribute(
      'href',
      '#transition-reason',
    );
    expect(changed).not.toHaveBeenCalled();
    // Typing and clicking through userEvent: slow on a busy machine, so more than Vitest's 5 seconds.
  }, 20_000);
});
