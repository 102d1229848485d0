// Which column of the file goes where: the same table for the server-side preview (after
// "Check the columns", no JavaScript) and the instant one in the browser.
import type { MappingPreviewRow } from "@/lib/import/map-columns";

export function MappingTable({ rows, problems }: { rows: MappingPreviewRow[]; problems: string[] }) {
  const withExamples = rows.some((r) => r.examples.length > 0);
  return (
    <>
      {problems.length > 0 && (
        <div className="filter-errors" role="alert">
          <h3>This file cannot be imported yet</h3>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">How each column of the file will be read</caption>
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Imported as</th>
              {withExamples && <th scope="col">First values</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${i}-${r.header}`}>
                <td>{r.header || <em>(no header)</em>}</td>
                <td>
                  {r.label}
                  {r.note && <span className="change"> ({r.note})</span>}
                </td>
                {withExamples && <td>{r.examples.join(" · ")}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
