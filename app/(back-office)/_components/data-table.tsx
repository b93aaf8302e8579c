import type { Key, ReactNode } from "react";

/** One column: its head, and what each row shows in it. */
export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Figures, right-aligned in the head and the cells. */
  num?: boolean;
  className?: string;
  /** The cell's language, where it quotes a text kept in another one (the engine's English notes). */
  lang?: (row: Row) => string | undefined;
  /** How many columns this row's cell spans (a row with nothing to show in the next ones); they are then skipped. */
  span?: (row: Row) => number | undefined;
}

type RowData = Record<`data-${string}`, string | number | boolean>;

interface DataTableProps<Row> {
  /** `false` entries are columns this page leaves out. */
  columns: readonly (Column<Row> | false)[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** The `data-*` attributes tests and scripts find a row by. */
  rowData?: (row: Row) => RowData;
  /** What the table holds: a visible caption, or one for screen readers only (`captionHidden`), or the id of a heading (`labelledBy`). */
  caption?: ReactNode;
  captionId?: string;
  captionHidden?: boolean;
  labelledBy?: string;
  /** The text of the one row shown when there is none; without it, an empty body. */
  empty?: ReactNode;
  testId?: string;
  className?: string;
  /** "scroll": inside a focusable scrolling card (the back office's pages); "none": the table alone (a page to print). */
  frame?: "scroll" | "none";
}

function classes(...names: (string | false | undefined)[]): string | undefined {
  return names.filter(Boolean).join(" ") || undefined;
}

/** The back office's tables: one markup for heads, cells, empty rows and the scrolling frame. */
export function DataTable<Row>({ columns, rows, rowKey, rowData, caption, captionId, captionHidden, labelledBy, empty, testId, className, frame = "scroll" }: DataTableProps<Row>) {
  const shown = columns.filter((column): column is Column<Row> => column !== false);
  const table = (
    <table data-testid={testId} className={className} aria-labelledby={labelledBy}>
      {caption !== undefined && (
        <caption id={captionId} className={captionHidden ? "sr-only" : undefined}>
          {caption}
        </caption>
      )}
      <thead>
        <tr>
          {shown.map((column, i) => (
            <th key={i} scope="col" className={column.num ? "num" : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty !== undefined && (
          <tr>
            <td colSpan={shown.length} className="empty-row">
              {empty}
            </td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowData?.(row)}>
            {cells(shown, row)}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return frame === "scroll" ? (
    <div className="table-wrap" tabIndex={0}>
      {table}
    </div>
  ) : (
    table
  );
}

function cells<Row>(columns: Column<Row>[], row: Row): ReactNode[] {
  let skip = 0;
  return columns.map((column, i) => {
    if (skip > 0) {
      skip--;
      return null;
    }
    const span = column.span?.(row);
    if (span) skip = span - 1;
    return (
      <td key={i} className={classes(column.num && "num", column.className)} lang={column.lang?.(row)} colSpan={span}>
        {column.cell(row)}
      </td>
    );
  });
}
