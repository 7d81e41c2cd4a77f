import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AssignmentStatus, MyAssignmentFragment } from '../../generated/graphql';
import { BlockAssignmentMutation } from './operations';
import { WorkItem } from './WorkItem';

const NOW = Date.parse('2026-11-29T12:00:00Z');

function work(status: AssignmentStatus, over: Partial<MyAssignmentFragment> = {}): MyAssignmentFragment {
  return {
    __typename: 'Assignment',
    id: 'a1',
    title: 'Test the plan',
    description: '',
    status,
    statusReason: null,
    priority: 'HIGH',
    mandatory: false,
    dueAt: '2026-11-29T10:00:00Z',
    overdue: true,
    createdAt: '2026-11-01T09:00:00Z',
    version: 3,
    organisation: { __typename: 'AssignmentParty', id: 'o', name: 'Eastbrook Hospitals NHS Trust' },
    team: null,
    assignee: null,
    evidence: [],
    ...over,
  } as MyAssignmentFragment;
}

function show(
  assignment: MyAssignmentFragment,
  mocks: MockedProviderProps['mocks'] = [],
  changed: MyAssignmentFragment[] = [],
) {
  render(
    <MockedProvider mocks={mocks}>
      <WorkItem assignment={assignment} now={NOW} onChanged={(a) => changed.push(a)} />
    </MockedProvider>,
  );
}

const buttons = () => screen.queryAllByRole('button').map((b) => b.textContent);

describe('WorkItem', () => {
  it('offers only the actions the status allows', () => {
    show(work('OPEN'));
    expect(buttons()).toEqual(['Acknowledge']);
  });

  it('offers block and done while in progress', () => {
    show(work('IN_PROGRESS'));
    expect(buttons()).toEqual(['Block', 'Mark as done']);
  });

  it('shows nothing to do on a finished assignment, and no overdue tag', () => {
    show(work('DONE'));
    expect(buttons()).toEqual([]);
    expect(screen.queryByTestId('overdue-tag')).toBeNull();
  });

  it('shows an overdue assignment as overdue, with its due time in UK time', () => {
    show(work('OPEN'));
    expect(screen.getByTestId('overdue-tag')).toHaveTextContent('Overdue');
    const due = screen.getByText(
      (_, el) => el?.tagName === 'DD' && /^29 Nov, 10:00 \(UK time\), overdue by 2 hours$/.test(el.textContent ?? ''),
    );
    expect(due.querySelector('strong')).toHaveTextContent('overdue by 2 hours');
  });

  it('asks for a reason before blocking, then blocks with it', async () => {
    const blocked = work('BLOCKED', { version: 4, statusReason: 'Waiting for the supplier' });
    const changed: MyAssignmentFragment[] = [];
    show(
      work('IN_PROGRESS'),
      [
        {
          request: {
            query: BlockAssignmentMutation,
            variables: { input: { id: 'a1', version: 3, reason: 'Waiting for the supplier' } },
          },
          result: { data: { blockAssignment: blocked } },
        },
      ],
      changed,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Block: Test the plan' }));
    await userEvent.click(screen.getByRole('button', { name: 'Block' }));
    expect(screen.getByRole('link', { name: 'Enter what it is blocked on' })).toHaveAttribute('href', '#work-a1-text');
    await userEvent.type(screen.getByLabelText('What is it blocked on?'), 'Waiting for the supplier');
    await userEvent.click(screen.getByRole('button', { name: 'Block' }));
    await screen.findByRole('button', { name: 'Block: Test the plan' });
    expect(changed.map((a) => a.status)).toEqual(['BLOCKED']);
  });
});
