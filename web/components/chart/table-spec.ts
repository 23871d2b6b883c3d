// The numbers behind a chart, as the accessible table and the CSV both show them.
export type Cell = string | { text: string; csv: string; title?: string };

export interface TableColumn {
  label: string;
  numeric?: boolean;
}

export interface TableSpec {
  columns: TableColumn[];
  rows: Cell[][];
  /** what the rows came from, named for the reader (UI.md: the table view names its entities) */
  source: string;
}

export const cellText = (cell: Cell) => (typeof cell === "string" ? cell : cell.text);
export const cellCsv = (cell: Cell) => (typeof cell === "string" ? cell : cell.csv);
