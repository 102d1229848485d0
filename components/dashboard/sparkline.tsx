// A small daily-count line for a surge alert; the numbers it shows are also given as text.
export function Sparkline({ daily, highlightFrom }: { daily: { date: string; count: number }[]; highlightFrom?: string }) {
  const w = 168;
  const h = 36;
  const max = Math.max(1, ...daily.map((d) => d.count));
  const step = daily.length > 1 ? w / (daily.length - 1) : w;
  const points = daily.map((d, i) => `${(i * step).toFixed(1)},${(h - 2 - (d.count / max) * (h - 4)).toFixed(1)}`).join(" ");
  const start = highlightFrom ? daily.findIndex((d) => d.date >= highlightFrom) : -1;
  return (
    <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
      {start >= 0 && <rect x={start * step} y={0} width={w - start * step} height={h} fill="#fdeaea" />}
      <polyline points={points} fill="none" stroke="#12436d" strokeWidth={1.5} />
    </svg>
  );
}
