import { visuallyHidden } from '@mui/utils';

export interface DataTableRow {
  key: string | number;
  cells: string[];
  /** Marks the row of the current period for screen readers (aria-current="date"). */
  current?: boolean;
}

interface DataTableProps {
  caption: string;
  columns: string[];
  rows: DataTableRow[];
}

/**
 * The figures behind a chart as a table only screen readers meet: an SVG drawing says little
 * to them, a table lets them read every value and compare. The first cell heads its row.
 */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  // Hidden by its wrapper: a table ignores the 1px width it is given and would widen a phone's page.
  return (
    <div style={visuallyHidden}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, cells: [head, ...rest], current }) => (
            <tr key={key} aria-current={current ? 'date' : undefined}>
              <th scope="row">{head}</th>
              {rest.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
