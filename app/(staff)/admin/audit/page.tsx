import type { Metadata } from "next";
import { requireUser } from "@/lib/server/auth/guard";
import { AUDIT_PAGE_SIZE, readAuditLog } from "@/lib/server/audit-log";
import { getPrisma } from "@/lib/server/db";

export const metadata: Metadata = { title: "Audit log" };

type Search = { action?: string; email?: string; entity?: string; page?: string };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireUser("audit.view", "/admin/audit");
  const sp = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(sp.page ?? "1", 10) || 1));
  const q = { action: sp.action?.slice(0, 50), email: sp.email?.slice(0, 200), entity: sp.entity?.slice(0, 100), page };
  const { total, rows } = await readAuditLog(await getPrisma(), q);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const link = (p: number) => `?${new URLSearchParams({ ...(q.action ? { action: q.action } : {}), ...(q.email ? { email: q.email } : {}), ...(q.entity ? { entity: q.entity } : {}), page: String(p) })}`;
  return (
    <>
      <h1>Audit log</h1>
      <form method="get" className="filters" aria-label="Filter the audit log">
        <div className="filter-row">
          <div className="field">
            <label htmlFor="action">Action starts with</label>
            <input id="action" name="action" type="text" defaultValue={q.action} />
          </div>
          <div className="field">
            <label htmlFor="email">User email contains</label>
            <input id="email" name="email" type="text" defaultValue={q.email} />
          </div>
          <div className="field">
            <label htmlFor="entity">Record (type or id)</label>
            <input id="entity" name="entity" type="text" defaultValue={q.entity} />
          </div>
        </div>
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      <p>
        {total.toLocaleString("en-GB")} events. Page {page} of {pages}.
      </p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Audit events, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Record</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.at.toLocaleString("en-GB", { timeZone: "Europe/London" })}</td>
                <td>{r.user?.email ?? "—"}</td>
                <td>{r.action}</td>
                <td>{[r.entityType, r.entityId].filter(Boolean).join(" ")}</td>
                <td>
                  <code>{r.details ? JSON.stringify(r.details) : ""}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="pager">
        {page > 1 && <a href={link(page - 1)}>Previous page</a>} {page < pages && <a href={link(page + 1)}>Next page</a>}
      </nav>
    </>
  );
}
