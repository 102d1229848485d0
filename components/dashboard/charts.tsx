"use client";

// Recharts drawings. Each sits inside a ChartFrame, which gives it an accessible name and a
// data table, so nothing here is the only way to read a figure.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const fmt = (v: number) => v.toLocaleString("en-GB");

export function StackedBars(props: { data: Record<string, string | number>[]; xKey: string; series: { key: string; name: string; colour: string }[] }) {
  return (
    <ResponsiveContainer width="100%" height={320}>
      <BarChart data={props.data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={props.xKey} tick={{ fontSize: 12 }} minTickGap={16} />
        <YAxis tickFormatter={fmt} allowDecimals={false} />
        <Tooltip formatter={(v) => fmt(Number(v))} />
        <Legend />
        {props.series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} stackId="a" fill={s.colour} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function HorizontalBars(props: { data: { label: string; value: number }[]; valueName: string; colour?: string }) {
  const height = Math.max(160, props.data.length * 28 + 40);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={props.data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={fmt} allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 13 }} />
        <Tooltip formatter={(v) => fmt(Number(v))} />
        <Bar dataKey="value" name={props.valueName} fill={props.colour ?? "#12436d"} isAnimationActive={false} label={{ position: "right", formatter: (v: unknown) => fmt(Number(v)) }} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function MoneyLine(props: { data: { bucket: string; pounds: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={props.data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="bucket" tick={{ fontSize: 12 }} minTickGap={16} />
        <YAxis tickFormatter={(v: number) => `£${fmt(v)}`} />
        <Tooltip formatter={(v) => `£${fmt(Number(v))}`} />
        <Line dataKey="pounds" name="Money lost (£)" stroke="#12436d" strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
