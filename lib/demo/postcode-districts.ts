/**
 * A handful of real outward codes (postcode districts) inside each force
 * area, so demo reports carry plausible locations. A district is far too
 * coarse to identify anyone, which is why the product stores no more than
 * that. Not exhaustive: the demo only needs believable variety.
 */

const DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  "avon-and-somerset": ["BS1", "BS8", "BS16", "BA1", "BA2", "TA1", "BS23"],
  bedfordshire: ["MK40", "MK42", "LU1", "LU4", "SG18"],
  cambridgeshire: ["CB1", "CB4", "PE1", "PE29", "CB7"],
  cheshire: ["CH1", "CH2", "WA1", "CW1", "SK10"],
  "city-of-london": ["EC1A", "EC2Y", "EC3N", "EC4M"],
  cleveland: ["TS1", "TS5", "TS10", "TS24"],
  cumbria: ["CA1", "CA14", "LA9", "LA14", "CA12"],
  derbyshire: ["DE1", "DE22", "DE56", "S40", "SK17"],
  "devon-and-cornwall": ["EX1", "EX4", "PL1", "PL4", "TR1", "TQ1", "EX32"],
  dorset: ["BH1", "BH15", "DT1", "DT4"],
  durham: ["DH1", "DH9", "DL1", "DL3", "DL14"],
  "dyfed-powys": ["SA31", "SA61", "SA15", "SA43", "SY23", "LD1", "SY21"],
  essex: ["CM1", "CM2", "CO1", "SS1", "RM17"],
  gloucestershire: ["GL1", "GL50", "GL5", "GL20"],
  "greater-manchester": ["M1", "M14", "M20", "BL1", "OL1", "WN1", "SK1"],
  gwent: ["NP20", "NP44", "NP7", "NP22", "NP4"],
  hampshire: ["SO14", "SO15", "PO1", "RG21", "PO30", "GU14"],
  hertfordshire: ["AL1", "SG1", "WD17", "HP1", "EN11"],
  humberside: ["HU1", "HU5", "DN31", "DN15", "YO16"],
  kent: ["ME1", "ME14", "CT1", "TN1", "DA1"],
  lancashire: ["PR1", "BB1", "FY1", "LA1", "BB11"],
  leicestershire: ["LE1", "LE2", "LE11", "LE15"],
  lincolnshire: ["LN1", "LN6", "PE21", "NG31"],
  merseyside: ["L1", "L8", "L15", "CH41", "WA10", "PR8"],
  metropolitan: ["E1", "E17", "N1", "N22", "SE1", "SE15", "SW11", "W2", "NW1", "CR0", "HA0", "IG1"],
  norfolk: ["NR1", "NR2", "NR30", "PE30"],
  "north-wales": ["LL11", "LL57", "LL30", "LL18", "CH7"],
  "north-yorkshire": ["YO1", "YO10", "HG1", "YO11", "DL7"],
  northamptonshire: ["NN1", "NN3", "NN8", "NN15"],
  northumbria: ["NE1", "NE6", "NE29", "SR1", "NE61"],
  nottinghamshire: ["NG1", "NG5", "NG7", "NG18", "S80"],
  "south-wales": ["CF10", "CF24", "CF37", "SA1", "SA2", "CF31"],
  "south-yorkshire": ["S1", "S10", "S70", "DN1", "S60"],
  staffordshire: ["ST1", "ST4", "ST16", "WS13", "DE14"],
  suffolk: ["IP1", "IP4", "IP33", "NR32", "CO10"],
  surrey: ["GU1", "GU21", "KT1", "RH1", "KT12"],
  sussex: ["BN1", "BN3", "RH10", "TN34", "PO19"],
  "thames-valley": ["OX1", "OX4", "RG1", "MK9", "HP20", "SL1"],
  warwickshire: ["CV34", "CV21", "CV37", "CV11"],
  "west-mercia": ["WR1", "HR1", "SY1", "TF1", "WR14"],
  "west-midlands": ["B1", "B15", "B23", "CV1", "WV1", "WS1", "DY1"],
  "west-yorkshire": ["LS1", "LS6", "BD1", "HD1", "WF1", "HX1"],
  wiltshire: ["SN1", "SN15", "SP1", "BA14"],
  "police-scotland": ["EH1", "EH6", "G1", "G12", "AB10", "DD1", "IV1"],
  psni: ["BT1", "BT7", "BT48", "BT60", "BT20"],
  "outside-uk": [],
};

/** Districts for a region; empty for `outside-uk` and unknown ids. */
export function postcodeDistrictsFor(regionId: string): readonly string[] {
  return DISTRICTS[regionId] ?? [];
}
