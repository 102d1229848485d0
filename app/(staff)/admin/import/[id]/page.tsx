import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { describeIssue } from "@/lib/import/error-report";
import { requireUser } from "@/lib/server/auth/guard";
import { getPrisma } from "@/lib/server/db";
import { getImportRun, STORED_ISSUES_CAP } from "@/lib/server/import/import-runs";

export const metadata: Metadata = { title: "Import" };

const SHOWN = 200;
const n = (x: number) => x.toLocaleString("en-GB");

export default async function ImportRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser("imports.run", `/admin/import/${id}`);
  const run = await getImportRun(await getPrisma(), id);
  if (!run) notFound();
  const running = run.status === "running";
  return (
    <>
      {/* While it runs the page reloads itself: progress without JavaScript. */}
      {running && <meta httpEquiv="refresh" content="3" />}
      <p>
        <Link href="/admin/import">All imports</Link>
      </p>
      <h1>Import of {run.filename}</h1>
      <p role="status">
        {running
          ? `Importing: ${n(run.rowsRead)} rows read so far. This page updates itself.`
          : run.status === "finished"
            ? "Finished."
            : "Stopped before the end. Rows already imported stay; import the file again to continue."}
      </p>
      <dl className="headline">
        <div>
          <dt>Imported</dt>
          <dd>{n(run.rowsImported)}</dd>
        </div>
        <div>
          <dt>Already in (skipped)</dt>
          <dd>{n(run.rowsSkipped)}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd>{n(run.rowsFailed)}</dd>
        </div>
      </dl>
      {!running && run.issues.length > 0 && (
        <>
          <h2>Problems</h2>
          <p>
            <a href={`/admin/import/${run.id}/errors`} download>
              Download the error report (CSV, {n(run.issues.length)} {run.issues.length === 1 ? "line" : "lines"})
            </a>
          </p>
          <ul>
            {run.issues.slice(0, SHOWN).map((issue, i) => (
              <li key={i}>{describeIssue(issue)}</li>
            ))}
          </ul>
          {run.issues.length > SHOWN && <p>The first {SHOWN} are shown; the download has every one that was kept.</p>}
          {run.issues.length >= STORED_ISSUES_CAP && (
            <p>
              Only the first {n(STORED_ISSUES_CAP)} problems are kept. Fix those, import the file again, and the rest will be
              listed (rows already in are skipped).
            </p>
          )}
        </>
      )}
    </>
  );
}
