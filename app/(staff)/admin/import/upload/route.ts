// The upload form's target (a plain multipart post, so it works without JavaScript).
// "Check the columns" reads only the header row and shows the mapping; "Import" starts the
// import, answers at once and leaves the run page to show progress and the error report.
// Files above MAX_UPLOAD_BYTES are for `npm run import`, which streams any size.
import { after } from "next/server";
import { audit } from "@/lib/server/audit";
import { authorizeRequest } from "@/lib/server/auth/guard";
import { getPrisma } from "@/lib/server/db";
import { importCsv } from "@/lib/server/import/import-csv";
import { startImportRun } from "@/lib/server/import/import-runs";
import { readHeader } from "@/lib/server/import/read-csv";

export const dynamic = "force-dynamic";

const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const back = (req: Request, query: Record<string, string>) =>
  Response.redirect(new URL(`/admin/import?${new URLSearchParams(query)}`, req.url), 303);

export async function POST(req: Request) {
  // The session cookie is SameSite=Lax already; refuse other sites' posts outright too.
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  if ((site && site !== "same-origin" && site !== "none") || (origin && new URL(origin).host !== new URL(req.url).host)) {
    return Response.json({ error: "Uploads must come from this site's own form." }, { status: 403 });
  }
  const user = await authorizeRequest("imports.run");
  if (user instanceof Response) return user;
  if (Number(req.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) {
    return Response.json({ error: "The file is larger than 50 MB: import it with npm run import instead." }, { status: 413 });
  }

  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return back(req, { error: "upload" });
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return back(req, { error: "no-file" });
  if (file.size > MAX_UPLOAD_BYTES) return back(req, { error: "too-large" });

  if (form.get("intent") === "preview") {
    const header = await readHeader(file.stream());
    // Only the header names travel in the address, never a value from the rows.
    return back(req, { columns: JSON.stringify((header ?? []).slice(0, 100).map((h) => h.slice(0, 100))), file: file.name.slice(0, 100) });
  }

  const prisma = await getPrisma();
  const runId = await startImportRun(prisma, { filename: file.name || "upload.csv", startedById: user.id });
  // The upload is in memory (at most 50 MB); the import reads it as a stream after the answer.
  after(async () => {
    try {
      await importCsv(prisma, file.stream(), { filename: file.name, startedById: user.id, runId });
    } catch (err) {
      await prisma.importRun.update({ where: { id: runId }, data: { status: "failed", finishedAt: new Date() } }).catch(() => {});
      await audit(prisma, { userId: user.id, action: "import.run", entityType: "import_run", entityId: runId, details: { status: "failed" } }).catch(() => {});
      console.error(`import ${runId} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  return Response.redirect(new URL(`/admin/import/${runId}`, req.url), 303);
}
