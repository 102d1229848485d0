import type { ReactNode } from "react";
import { ChartTable, type TableModel } from "./chart-table";
import { PngDownload } from "./png-download";

/** A chart with its accessible name, its data as a table, and CSV and PNG downloads. */
export function ChartFrame(props: {
  id: string;
  title: string;
  summary: string;
  csvHref: string;
  table: TableModel;
  children: ReactNode;
}) {
  const empty = props.table.rows.length === 0;
  return (
    <section className="chart" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {empty ? (
        <p className="chart-empty">No reports match these filters.</p>
      ) : (
        <>
          <figure id={`${props.id}-figure`} role="img" aria-label={`${props.title}. ${props.summary}`}>
            {props.children}
          </figure>
          <p className="chart-actions">
            <a href={props.csvHref} download>
              Download CSV<span className="visually-hidden"> of {props.title.toLowerCase()}</span>
            </a>{" "}
            <PngDownload figureId={`${props.id}-figure`} filename={`${props.id}.png`} />
          </p>
          <details>
            <summary>
              Show the data<span className="visually-hidden"> of {props.title.toLowerCase()}</span> as a table
            </summary>
            <ChartTable caption={props.title} table={props.table} />
          </details>
        </>
      )}
    </section>
  );
}

export function ChartSkeleton({ title }: { title: string }) {
  return (
    <section className="chart" aria-busy="true">
      <h2>{title}</h2>
      <p className="chart-empty">Loading…</p>
    </section>
  );
}
