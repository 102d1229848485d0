// Police force areas as people write them: our slug ("dyfed-powys"), the area ("Dyfed
// Powys"), the force ("Dyfed-Powys Police", "Heddlu Dyfed-Powys", "Cumbria Constabulary"),
// or the ONS code ("W15000004"). Compared case-insensitively, punctuation ignored.
import { forceName, forceNameCy, REGIONS } from "../domain/regions";
import { foldWords, quoteValue } from "./clean-text";
import { fail, ok, type Parsed } from "./parse-result";

// Names forces and analysts use that the region table does not spell out.
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  metropolitan: ["met", "the met", "met police", "metropolitan police service", "london"],
  "city-of-london": ["city of london police", "col"],
  hampshire: ["hampshire", "hampshire constabulary", "hampshire police"],
  "devon-and-cornwall": ["devon cornwall"],
  "avon-and-somerset": ["avon somerset"],
  "police-scotland": ["scotland", "police scotland", "heddlu yr alban"],
  psni: ["northern ireland", "police service of northern ireland", "ni"],
  "outside-uk": ["outside uk", "outside the uk", "abroad", "overseas", "not uk", "non uk"],
};

// Words around an area's name that do not change which force is meant.
const AFFIXES = /^(?:heddlu )|(?: (?:police(?: service)?|constabulary|police force|force))$/g;

const byName = new Map<string, string>();
for (const r of REGIONS) {
  const names = [r.id, r.name, forceName(r), r.nameCy, forceNameCy(r), r.onsCode, ...(EXTRA_NAMES[r.id] ?? [])];
  for (const n of names) {
    if (!n) continue;
    const key = foldWords(n);
    byName.set(key, r.id);
    byName.set(key.replace(AFFIXES, ""), r.id);
  }
}

export function parseRegion(input: string): Parsed<string> {
  const key = foldWords(input);
  const id = byName.get(key) ?? byName.get(key.replace(AFFIXES, ""));
  return id ? ok(id) : fail(`${quoteValue(input)} is not a police force area we know: use a force name or id such as "dyfed-powys"`);
}
