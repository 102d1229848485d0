// The data-table alternative of a chart: exactly the rows its CSV download holds.
export interface TableModel {
  columns: string[];
  rows: (string | number)[][];
}

export function ChartTable({ caption, table }: { caption: string; table: TableModel }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j} className={typeof cell === "number" ? "num" : undefined}>
                    {typeof cell === "number" ? cell.toLocaleString("en-GB") : cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
