import { render, screen } from '@testing-library/react';
import { Table } from 'nhsuk-react-components';
import { describe, expect, it } from 'vitest';
import { rowCount, VIRTUALISE_ABOVE, VirtualTableBody } from './VirtualTableBody';

function List({ count }: { count: number }) {
  const items = Array.from({ length: count }, (_, i) => `Event ${i + 1}`);
  return (
    <Table caption="Events" aria-rowcount={rowCount(items.length)}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>What</Table.Cell>
        </Table.Row>
      </Table.Head>
      <VirtualTableBody
        items={items}
        columns={1}
        renderRow={(item, _index, rowProps) => (
          <Table.Row key={item} {...rowProps} data-testid="row">
            <Table.Cell>{item}</Table.Cell>
          </Table.Row>
        )}
      />
    </Table>
  );
}

describe('a virtualised table body', () => {
  it('renders every row of a short list, numbered for assistive technology', () => {
    render(<List count={VIRTUALISE_ABOVE} />);
    const rows = screen.getAllByTestId('row');
    expect(rows).toHaveLength(VIRTUALISE_ABOVE);
    expect(rows[0].getAttribute('aria-rowindex')).toBe('2');
    expect(screen.queryByTestId('virtual-spacer')).toBeNull();
  });

  it('renders only the rows near the viewport of a long one, a spacer standing for the rest', () => {
    render(<List count={5_000} />);
    const rows = screen.getAllByTestId('row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0].textContent).toBe('Event 1');
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('5001');
    const spacers = screen.getAllByTestId('virtual-spacer');
    // The bottom spacer stands for the thousands of rows below, at their estimated height.
    const bottom = spacers[spacers.length - 1].querySelector('td');
    expect(parseInt(bottom?.style.height ?? '0', 10)).toBeGreaterThan(300_000);
  });
});
