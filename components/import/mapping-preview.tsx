"use client";
// With JavaScript, the column mapping shows as soon as a file is chosen: the start of the
// file is read in the browser and never leaves it for this. Without JavaScript the "Check
// the columns" button gives the same table from the server.
import { parse } from "csv-parse/browser/esm/sync";
import { useEffect, useState } from "react";
import { mapColumns, previewMapping, type MappingPreviewRow } from "@/lib/import/map-columns";
import { redact } from "@/lib/redaction/redact";
import { MappingTable } from "./mapping-table";

const HEAD_BYTES = 64 * 1024;

// Redacted and shortened like every value ScamPulse shows, even on the user's own screen.
const show = (v: string) => {
  const s = redact(v).text.replace(/\s+/g, " ").trim();
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};

export function MappingPreview({ inputId }: { inputId: string }) {
  const [preview, setPreview] = useState<{ rows: MappingPreviewRow[]; problems: string[] } | null>(null);
  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null;
    if (!input) return;
    const onChange = async () => {
      const file = input.files?.[0];
      if (!file) return setPreview(null);
      const head = await file.slice(0, HEAD_BYTES).text();
      // Only whole lines: the last one may be cut in the middle.
      const text = head.length < file.size ? head.slice(0, head.lastIndexOf("\n") + 1) : head;
      try {
        const records = parse(text, { bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
        const [header, ...rows] = records;
        if (!header) return setPreview({ rows: [], problems: ["The file is empty."] });
        const mapping = mapColumns(header);
        setPreview({ rows: previewMapping(mapping, rows.slice(0, 5), show), problems: mapping.problems });
      } catch {
        setPreview({ rows: [], problems: ["The start of this file is not readable as CSV."] });
      }
    };
    input.addEventListener("change", onChange);
    return () => input.removeEventListener("change", onChange);
  }, [inputId]);
  if (!preview) return null;
  return (
    <section aria-live="polite">
      <h2>Columns in this file</h2>
      <MappingTable rows={preview.rows} problems={preview.problems} />
    </section>
  );
}
