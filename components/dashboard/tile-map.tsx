// Police force areas as a tile grid (one cell per force at a hand-placed position; see
// lib/domain/regions.ts): small, dense areas read better than on a geographic map. Each
// cell carries its value as text, so the colour only repeats what the label says.
import { REGIONS } from "@/lib/domain/regions";

const CELL = 58;
const GAP = 4;

function abbreviation(name: string): string {
  const words = name.replace(/[^A-Za-z\s-]/g, "").split(/[\s-]+/).filter((w) => !/^(and|of|the)$/i.test(w));
  return words.length === 1 ? words[0]!.slice(0, 4) : words.map((w) => w[0]).join("").slice(0, 4).toUpperCase();
}

/** Lighter to darker blue by share of the maximum (or orange/blue around zero for change). */
function fill(value: number, max: number, mode: "count" | "change"): string {
  if (mode === "count") {
    const t = max > 0 ? value / max : 0;
    const l = 95 - t * 65;
    return `hsl(210 70% ${l}%)`;
  }
  const t = Math.max(-1, Math.min(1, value / 100));
  return t >= 0 ? `hsl(25 85% ${95 - t * 50}%)` : `hsl(210 70% ${95 + t * 50}%)`;
}

export function TileMap(props: { values: Map<string, number>; mode: "count" | "change"; unit: string }) {
  const cols = Math.max(...REGIONS.map((r) => r.tileX)) + 1;
  const rows = Math.max(...REGIONS.map((r) => r.tileY)) + 1;
  const max = Math.max(0, ...props.values.values());
  const width = cols * (CELL + GAP);
  const height = rows * (CELL + GAP);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }} role="presentation">
      {REGIONS.map((r) => {
        const v = props.values.get(r.id) ?? 0;
        const x = r.tileX * (CELL + GAP);
        const y = r.tileY * (CELL + GAP);
        const dark = props.mode === "count" ? max > 0 && v / max > 0.55 : Math.abs(v) > 60;
        const label = props.mode === "change" ? `${v > 0 ? "+" : ""}${Math.round(v)}%` : v.toLocaleString("en-GB");
        return (
          <g key={r.id}>
            <title>{`${r.name}: ${label} ${props.unit}`}</title>
            <rect x={x} y={y} width={CELL} height={CELL} rx={4} fill={fill(v, max, props.mode)} stroke="#505a5f" strokeWidth={1} />
            <text x={x + CELL / 2} y={y + 22} textAnchor="middle" fontSize={12} fontWeight={700} fill={dark ? "#fff" : "#0b0c0c"}>
              {abbreviation(r.name)}
            </text>
            <text x={x + CELL / 2} y={y + 41} textAnchor="middle" fontSize={12} fill={dark ? "#fff" : "#0b0c0c"}>
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
