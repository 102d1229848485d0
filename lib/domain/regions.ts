/**
 * Police force areas that a ScamPulse report can belong to.
 *
 * Naming decision: `name` is the area as it appears in headlines and charts
 * ("Dyfed-Powys", "Greater Manchester"); `forceName()` gives the force as it
 * styles itself ("Dyfed-Powys Police", "Cumbria Constabulary", "Police
 * Scotland"). Ids are the slugs data.police.uk uses for the 43 territorial
 * forces, so they stay stable and can be joined to open police data, plus
 * three catch-alls: `police-scotland`, `psni` and `outside-uk`.
 *
 * `nameCy` is the Welsh name of the area, used when the interface is in
 * Welsh: set for the four Welsh forces (the area part of "Heddlu ...") and
 * the catch-alls whose Welsh name is a plain country name; null for English
 * forces, whose Welsh exonyms are not used by the forces themselves.
 *
 * `onsCode` is the ONS Police Force Area code (E23/W15). Scotland, Northern
 * Ireland and "outside the UK" have no PFA code in that series, so null:
 * inventing one would break joins with ONS data.
 *
 * Tiles: a hand-placed square grid (x = column from the west, y = row from the
 * north), one cell per force, roughly geographic. A renderer may offset odd
 * rows to draw hexagons. `outside-uk` sits apart in the top-right corner.
 *
 * `population` is approximate residents (mid-2020s estimates, rounded); it
 * only weights the demo data and must not be quoted as a statistic.
 */

export const NATIONS = ["england", "wales", "scotland", "northern-ireland", "outside-uk"] as const;
export type Nation = (typeof NATIONS)[number];

export type RegionDef = {
  id: string;
  name: string;
  nameCy: string | null;
  nation: Nation;
  onsCode: string | null;
  tileX: number;
  tileY: number;
  /** Approximate residents, for weighting demo data only. */
  population: number;
};

const REGION_LIST = [
  // North East and North West
  { id: "northumbria", name: "Northumbria", nameCy: null, nation: "england", onsCode: "E23000007", tileX: 4, tileY: 1, population: 1_460_000 },
  { id: "cumbria", name: "Cumbria", nameCy: null, nation: "england", onsCode: "E23000002", tileX: 3, tileY: 2, population: 500_000 },
  { id: "durham", name: "Durham", nameCy: null, nation: "england", onsCode: "E23000008", tileX: 4, tileY: 2, population: 640_000 },
  { id: "cleveland", name: "Cleveland", nameCy: null, nation: "england", onsCode: "E23000013", tileX: 5, tileY: 2, population: 570_000 },
  { id: "lancashire", name: "Lancashire", nameCy: null, nation: "england", onsCode: "E23000003", tileX: 3, tileY: 3, population: 1_530_000 },
  { id: "north-yorkshire", name: "North Yorkshire", nameCy: null, nation: "england", onsCode: "E23000009", tileX: 4, tileY: 3, population: 820_000 },
  { id: "merseyside", name: "Merseyside", nameCy: null, nation: "england", onsCode: "E23000004", tileX: 2, tileY: 4, population: 1_430_000 },
  { id: "greater-manchester", name: "Greater Manchester", nameCy: null, nation: "england", onsCode: "E23000005", tileX: 3, tileY: 4, population: 2_870_000 },
  { id: "west-yorkshire", name: "West Yorkshire", nameCy: null, nation: "england", onsCode: "E23000010", tileX: 4, tileY: 4, population: 2_350_000 },
  { id: "south-yorkshire", name: "South Yorkshire", nameCy: null, nation: "england", onsCode: "E23000011", tileX: 5, tileY: 4, population: 1_380_000 },
  { id: "humberside", name: "Humberside", nameCy: null, nation: "england", onsCode: "E23000012", tileX: 6, tileY: 4, population: 930_000 },
  // Midlands and East
  { id: "cheshire", name: "Cheshire", nameCy: null, nation: "england", onsCode: "E23000006", tileX: 2, tileY: 5, population: 1_080_000 },
  { id: "staffordshire", name: "Staffordshire", nameCy: null, nation: "england", onsCode: "E23000015", tileX: 3, tileY: 5, population: 1_140_000 },
  { id: "derbyshire", name: "Derbyshire", nameCy: null, nation: "england", onsCode: "E23000018", tileX: 4, tileY: 5, population: 1_060_000 },
  { id: "nottinghamshire", name: "Nottinghamshire", nameCy: null, nation: "england", onsCode: "E23000019", tileX: 5, tileY: 5, population: 1_160_000 },
  { id: "lincolnshire", name: "Lincolnshire", nameCy: null, nation: "england", onsCode: "E23000020", tileX: 6, tileY: 5, population: 770_000 },
  { id: "west-mercia", name: "West Mercia", nameCy: null, nation: "england", onsCode: "E23000016", tileX: 2, tileY: 6, population: 1_310_000 },
  { id: "west-midlands", name: "West Midlands", nameCy: null, nation: "england", onsCode: "E23000014", tileX: 3, tileY: 6, population: 2_940_000 },
  { id: "leicestershire", name: "Leicestershire", nameCy: null, nation: "england", onsCode: "E23000021", tileX: 4, tileY: 6, population: 1_110_000 },
  { id: "northamptonshire", name: "Northamptonshire", nameCy: null, nation: "england", onsCode: "E23000022", tileX: 5, tileY: 6, population: 790_000 },
  { id: "cambridgeshire", name: "Cambridgeshire", nameCy: null, nation: "england", onsCode: "E23000023", tileX: 6, tileY: 6, population: 900_000 },
  { id: "norfolk", name: "Norfolk", nameCy: null, nation: "england", onsCode: "E23000024", tileX: 7, tileY: 6, population: 920_000 },
  { id: "gloucestershire", name: "Gloucestershire", nameCy: null, nation: "england", onsCode: "E23000037", tileX: 3, tileY: 7, population: 650_000 },
  { id: "warwickshire", name: "Warwickshire", nameCy: null, nation: "england", onsCode: "E23000017", tileX: 4, tileY: 7, population: 600_000 },
  { id: "bedfordshire", name: "Bedfordshire", nameCy: null, nation: "england", onsCode: "E23000026", tileX: 5, tileY: 7, population: 690_000 },
  { id: "hertfordshire", name: "Hertfordshire", nameCy: null, nation: "england", onsCode: "E23000027", tileX: 6, tileY: 7, population: 1_200_000 },
  { id: "suffolk", name: "Suffolk", nameCy: null, nation: "england", onsCode: "E23000025", tileX: 7, tileY: 7, population: 770_000 },
  // South
  { id: "devon-and-cornwall", name: "Devon and Cornwall", nameCy: null, nation: "england", onsCode: "E23000035", tileX: 1, tileY: 8, population: 1_800_000 },
  { id: "avon-and-somerset", name: "Avon and Somerset", nameCy: null, nation: "england", onsCode: "E23000036", tileX: 2, tileY: 8, population: 1_780_000 },
  { id: "wiltshire", name: "Wiltshire", nameCy: null, nation: "england", onsCode: "E23000038", tileX: 3, tileY: 8, population: 730_000 },
  { id: "thames-valley", name: "Thames Valley", nameCy: null, nation: "england", onsCode: "E23000029", tileX: 4, tileY: 8, population: 2_470_000 },
  { id: "metropolitan", name: "Metropolitan Police", nameCy: null, nation: "england", onsCode: "E23000001", tileX: 5, tileY: 8, population: 8_850_000 },
  { id: "city-of-london", name: "City of London", nameCy: null, nation: "england", onsCode: "E23000034", tileX: 6, tileY: 8, population: 8_600 },
  { id: "essex", name: "Essex", nameCy: null, nation: "england", onsCode: "E23000028", tileX: 7, tileY: 8, population: 1_840_000 },
  { id: "dorset", name: "Dorset", nameCy: null, nation: "england", onsCode: "E23000039", tileX: 2, tileY: 9, population: 780_000 },
  { id: "hampshire", name: "Hampshire and Isle of Wight", nameCy: null, nation: "england", onsCode: "E23000030", tileX: 3, tileY: 9, population: 2_010_000 },
  { id: "surrey", name: "Surrey", nameCy: null, nation: "england", onsCode: "E23000031", tileX: 4, tileY: 9, population: 1_210_000 },
  { id: "sussex", name: "Sussex", nameCy: null, nation: "england", onsCode: "E23000033", tileX: 5, tileY: 9, population: 1_710_000 },
  { id: "kent", name: "Kent", nameCy: null, nation: "england", onsCode: "E23000032", tileX: 6, tileY: 9, population: 1_880_000 },
  // Wales: the area part of each force's Welsh name ("Heddlu De Cymru" -> "De Cymru").
  { id: "north-wales", name: "North Wales", nameCy: "Gogledd Cymru", nation: "wales", onsCode: "W15000001", tileX: 1, tileY: 5, population: 700_000 },
  { id: "dyfed-powys", name: "Dyfed-Powys", nameCy: "Dyfed-Powys", nation: "wales", onsCode: "W15000004", tileX: 1, tileY: 6, population: 520_000 },
  { id: "south-wales", name: "South Wales", nameCy: "De Cymru", nation: "wales", onsCode: "W15000003", tileX: 1, tileY: 7, population: 1_340_000 },
  { id: "gwent", name: "Gwent", nameCy: "Gwent", nation: "wales", onsCode: "W15000002", tileX: 2, tileY: 7, population: 600_000 },
  // Catch-alls outside the England and Wales PFA series.
  { id: "police-scotland", name: "Scotland", nameCy: "Yr Alban", nation: "scotland", onsCode: null, tileX: 3, tileY: 0, population: 5_450_000 },
  { id: "psni", name: "Northern Ireland", nameCy: "Gogledd Iwerddon", nation: "northern-ireland", onsCode: null, tileX: 1, tileY: 1, population: 1_910_000 },
  // No residents to weight by: the demo generator gives it a fixed small share.
  { id: "outside-uk", name: "Outside the UK", nameCy: "Y tu allan i'r DU", nation: "outside-uk", onsCode: null, tileX: 8, tileY: 0, population: 0 },
] as const satisfies readonly RegionDef[];

export type RegionId = (typeof REGION_LIST)[number]["id"];

export const REGIONS: readonly RegionDef[] = REGION_LIST;

const BY_ID: ReadonlyMap<string, RegionDef> = new Map(REGIONS.map((r) => [r.id, r]));

export function isRegionId(id: string): id is RegionId {
  return BY_ID.has(id);
}

export function regionById(id: string): RegionDef | undefined {
  return BY_ID.get(id);
}

export function regionsInNation(nation: Nation): RegionDef[] {
  return REGIONS.filter((r) => r.nation === nation);
}

/**
 * Forces whose own name is not "<area> Police". Kept as an exception list so a
 * renamed force is a one-line change.
 */
const FORCE_NAME_EXCEPTIONS: Readonly<Record<string, string>> = {
  metropolitan: "Metropolitan Police Service",
  cumbria: "Cumbria Constabulary",
  lancashire: "Lancashire Constabulary",
  cheshire: "Cheshire Constabulary",
  durham: "Durham Constabulary",
  derbyshire: "Derbyshire Constabulary",
  cambridgeshire: "Cambridgeshire Constabulary",
  norfolk: "Norfolk Constabulary",
  suffolk: "Suffolk Constabulary",
  hertfordshire: "Hertfordshire Constabulary",
  gloucestershire: "Gloucestershire Constabulary",
  hampshire: "Hampshire and Isle of Wight Constabulary",
  "police-scotland": "Police Scotland",
  psni: "Police Service of Northern Ireland",
};

/** The force as it styles itself, e.g. "Dyfed-Powys Police"; null for `outside-uk`. */
export function forceName(region: RegionDef): string | null {
  if (region.nation === "outside-uk") return null;
  return FORCE_NAME_EXCEPTIONS[region.id] ?? `${region.name} Police`;
}

/** Welsh force name, e.g. "Heddlu Dyfed-Powys"; only the four Welsh forces have one. */
export function forceNameCy(region: RegionDef): string | null {
  if (region.nation !== "wales" || region.nameCy === null) return null;
  return `Heddlu ${region.nameCy}`;
}
