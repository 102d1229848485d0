import type { Metadata } from "next";
import Link from "next/link";
import { MappingPreview } from "@/components/import/mapping-preview";
import { MappingTable } from "@/components/import/mapping-table";
import { mapColumns, previewMapping } from "@/lib/import/map-columns";
import { requireUser } from "@/lib/server/auth/guard";
import { getPrisma } from "@/lib/server/db";
import { listImportRuns } from "@/lib/server/import/import-runs";

export const metadata: Metadata = { title: "Import reports" };

const UPLOAD_ERRORS: Record<string, string> = {
  "no-file": "Choose a CSV file to upload.",
  "too-large": "The file is larger than 50 MB. Import it with npm run import, which takes files of any size.",
  upload: "The upload did not arrive whole. Try again.",
};

type Search = { columns?: string; file?: string; error?: string };

function headersFrom(param: string | undefined): string[] | null {
  if (!param) return null;
  try {
    const v: unknown = JSON.parse(param);
    return Array.isArray(v) ? v.slice(0, 100).map((h) => String(h).slice(0, 100)) : null;
  } catch {
    return null;
  }
}

export default async function ImportPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireUser("imports.run", "/admin/import");
  const sp = await searchParams;
  const headers = headersFrom(sp.columns);
  const mapping = headers ? mapColumns(headers) : null;
  const runs = await listImportRuns(await getPrisma(), 20);
  const error = sp.error ? UPLOAD_ERRORS[sp.error] : undefined;
  return (
    <>
      <h1>Import reports</h1>
      <p>
        Upload a CSV export of historical reports (up to 50 MB). Each row needs what happened, the police force area and a
        date. Rows already imported are skipped, so a file can be imported again after fixing the rows in its error report.
      </p>
      {error && (
        <div className="filter-errors" role="alert">
          <p>{error}</p>
        </div>
      )}
      <form method="post" action="/admin/import/upload" encType="multipart/form-data" className="staff-form">
        <div className="field">
          <label htmlFor="file">CSV file</label>
          <p className="change" id="file-hint">
            UTF-8, comma-separated, with a header row. Dates as yyyy-mm-dd or dd/mm/yyyy.
          </p>
          <input id="file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="file-hint" />
        </div>
        <button type="submit" name="intent" value="preview" className="button button-secondary">
          Check the columns
        </button>{" "}
        <button type="submit" name="intent" value="import" className="button">
          Import
        </button>
      </form>
      <MappingPreview inputId="file" />
      {mapping && (
        <section>
          <h2>Columns in {sp.file ? `"${sp.file.slice(0, 100)}"` : "the file"}</h2>
          <MappingTable rows={previewMapping(mapping, [], (v) => v)} problems={mapping.problems} />
          <p>Choose the file again and select Import to go ahead.</p>
        </section>
      )}
      <h2>Recent imports</h2>
      {runs.length === 0 ? (
        <p>No imports yet.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Recent imports, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">File</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">Imported</th>
                <th scope="col" className="num">Already in</th>
                <th scope="col" className="num">Rejected</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/admin/import/${r.id}`}>{r.startedAt.toLocaleString("en-GB", { timeZone: "Europe/London" })}</Link>
                  </td>
                  <td>{r.filename}</td>
                  <td>{r.status}</td>
                  <td className="num">{r.rowsImported.toLocaleString("en-GB")}</td>
                  <td className="num">{r.rowsSkipped.toLocaleString("en-GB")}</td>
                  <td className="num">{r.rowsFailed.toLocaleString("en-GB")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
