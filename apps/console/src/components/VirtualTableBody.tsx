import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { Table } from 'nhsuk-react-components';
import { useLayoutEffect, useRef, useState, type ReactElement, type Ref } from 'react';

/** Up to this many rows a table renders them all (find in page sees every one); above it, only those near the viewport. */
export const VIRTUALISE_ABOVE = 200;

/** What a virtualised row must carry: its measuring ref, its index for the virtualiser and its position for assistive technology. */
export interface VirtualRowProps {
  ref?: Ref<HTMLTableRowElement>;
  'data-index': number;
  'aria-rowindex': number;
}

/**
 * A table body that renders every row of a short list and, above VIRTUALISE_ABOVE rows,
 * only the rows near the window's viewport with spacer rows for the rest (the page keeps
 * its length and scroll bar). Rows are measured as they render (they wrap to different
 * heights). Give the table `aria-rowcount={rowCount(items.length)}` so assistive technology
 * announces the whole list; each row carries its `aria-rowindex`.
 */
export function VirtualTableBody<T>({
  items,
  columns,
  estimateRowHeight = 80,
  renderRow,
}: {
  items: readonly T[];
  columns: number;
  estimateRowHeight?: number;
  renderRow: (item: T, index: number, rowProps: VirtualRowProps) => ReactElement;
}) {
  const virtualise = items.length > VIRTUALISE_ABOVE;
  // The top spacer row is always rendered when virtualising: where it starts, the list starts.
  const top = useRef<HTMLTableRowElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    if (virtualise && top.current) setScrollMargin(top.current.getBoundingClientRect().top + window.scrollY);
  }, [virtualise]);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimateRowHeight,
    // A row not laid out (hidden, or a test's DOM) keeps its estimate instead of measuring 0.
    measureElement: (row) => row.getBoundingClientRect().height || estimateRowHeight,
    overscan: 10,
    scrollMargin,
    enabled: virtualise,
    initialRect: { width: 1280, height: 900 },
  });

  if (!virtualise) {
    return (
      <Table.Body>
        {items.map((item, index) => renderRow(item, index, { 'data-index': index, 'aria-rowindex': index + 2 }))}
      </Table.Body>
    );
  }
  const rows = virtualizer.getVirtualItems();
  const before = rows.length ? rows[0].start - scrollMargin : 0;
  const after = rows.length ? virtualizer.getTotalSize() - (rows[rows.length - 1].end - scrollMargin) : 0;
  return (
    <Table.Body>
      <Spacer columns={columns} height={before} anchor={top} />
      {rows.map((row) =>
        renderRow(items[row.index], row.index, {
          ref: virtualizer.measureElement,
          'data-index': row.index,
          'aria-rowindex': row.index + 2,
        }),
      )}
      {after > 0 && <Spacer columns={columns} height={after} />}
    </Table.Body>
  );
}

/** The table's aria-rowcount: its rows and the heading row. */
export const rowCount = (items: number) => items + 1;

/** Stands in for rows not rendered (height set through the CSSOM, which the CSP allows). */
function Spacer({ columns, height, anchor }: { columns: number; height: number; anchor?: Ref<HTMLTableRowElement> }) {
  return (
    <tr ref={anchor} aria-hidden="true" className="muster-spacer" data-testid="virtual-spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
