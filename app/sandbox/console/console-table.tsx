import type { ReactNode } from "react";

/** One column of a console table: its header, and what a row shows in it. */
export interface Column<Row> {
  readonly header: ReactNode;
  readonly cell: (row: Row) => ReactNode;
  /** Right-aligned figures. */
  readonly numeric?: boolean;
  /** Long constants (sub-statuses) may wrap. */
  readonly wrap?: boolean;
  /** The cell's tooltip: the whole value where the cell shows it shortened. */
  readonly title?: (row: Row) => string;
}

/** The console's tables: a scrollable, keyboard-reachable box with one header row. */
export function ConsoleTable<Row>({
  columns,
  rows,
  rowKey,
  isCurrent,
}: {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  /** The row being looked at, marked for screen readers and the stylesheet. */
  isCurrent?: (row: Row) => boolean;
}) {
  return (
    <div className="console-scroll" tabIndex={0}>
      <table>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={column.numeric ? "num" : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} aria-current={isCurrent?.(row) ? "true" : undefined}>
              {columns.map((column, i) => (
                <td key={i} className={column.numeric ? "num" : column.wrap ? "console-wrap" : undefined} title={column.title?.(row)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
