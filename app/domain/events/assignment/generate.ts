import { haversineKm } from "./geo.ts";
import type { Group, Instance, Level, Preference, Slot } from "./types.ts";

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same instance. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Dutch towns with a rough weight for how many schools and companies they have. */
export const DUTCH_TOWNS: { name: string; lat: number; lon: number; weight: number }[] = [
  { name: "Amsterdam", lat: 52.3676, lon: 4.9041, weight: 10 },
  { name: "Rotterdam", lat: 51.9244, lon: 4.4777, weight: 8 },
  { name: "Den Haag", lat: 52.0705, lon: 4.3007, weight: 7 },
  { name: "Utrecht", lat: 52.0907, lon: 5.1214, weight: 6 },
  { name: "Eindhoven", lat: 51.4416, lon: 5.4697, weight: 5 },
  { name: "Groningen", lat: 53.2194, lon: 6.5665, weight: 4 },
  { name: "Tilburg", lat: 51.5555, lon: 5.0913, weight: 4 },
  { name: "Almere", lat: 52.3508, lon: 5.2647, weight: 4 },
  { name: "Breda", lat: 51.5719, lon: 4.7683, weight: 3 },
  { name: "Nijmegen", lat: 51.8126, lon: 5.8372, weight: 3 },
  { name: "Apeldoorn", lat: 52.2112, lon: 5.9699, weight: 3 },
  { name: "Haarlem", lat: 52.3874, lon: 4.6462, weight: 3 },
  { name: "Arnhem", lat: 51.9851, lon: 5.8987, weight: 3 },
  { name: "Enschede", lat: 52.2215, lon: 6.8937, weight: 3 },
  { name: "Amersfoort", lat: 52.1561, lon: 5.3878, weight: 3 },
  { name: "Zaandam", lat: 52.4389, lon: 4.8258, weight: 2.5 },
  { name: "'s-Hertogenbosch", lat: 51.6978, lon: 5.3037, weight: 3 },
  { name: "Zwolle", lat: 52.5168, lon: 6.083, weight: 3 },
  { name: "Leiden", lat: 52.1601, lon: 4.497, weight: 2 },
  { name: "Maastricht", lat: 50.8514, lon: 5.691, weight: 2 },
  { name: "Dordrecht", lat: 51.8133, lon: 4.6901, weight: 2 },
  { name: "Ede", lat: 52.0402, lon: 5.6649, weight: 2 },
  { name: "Leeuwarden", lat: 53.2012, lon: 5.7999, weight: 2 },
  { name: "Alkmaar", lat: 52.6324, lon: 4.7534, weight: 2 },
  { name: "Emmen", lat: 52.7792, lon: 6.9069, weight: 1.5 },
  { name: "Venlo", lat: 51.3704, lon: 6.1724, weight: 1.5 },
  { name: "Deventer", lat: 52.2661, lon: 6.1552, weight: 1.5 },
  { name: "Delft", lat: 52.0116, lon: 4.3571, weight: 1.5 },
  { name: "Helmond", lat: 51.4793, lon: 5.657, weight: 1.5 },
  { name: "Hilversum", lat: 52.2292, lon: 5.1669, weight: 1.5 },
  { name: "Lelystad", lat: 52.5185, lon: 5.4714, weight: 1 },
  { name: "Woerden", lat: 52.0852, lon: 4.8836, weight: 1 },
  { name: "Emmeloord", lat: 52.7106, lon: 5.7481, weight: 1 },
];

const SECTORS: [string, number][] = [
  ["metaal", 5],
  ["installatietechniek", 4],
  ["elektrotechniek", 4],
  ["bouw", 4],
  ["ict", 5],
  ["procestechniek", 2],
  ["mobiliteit", 4],
  ["maritiem", 1],
  ["food", 2],
  ["logistiek", 2],
  ["agro", 1],
  ["zorgtechniek", 1],
];

type SchoolKind = { weight: number; levels: [Level, number][] };
const SCHOOL_KINDS: SchoolKind[] = [
  { weight: 70, levels: [["vmbo-basis", 3], ["vmbo-kader", 4], ["vmbo-gt", 3]] },
  { weight: 10, levels: [["po", 1]] },
  { weight: 10, levels: [["havo", 2], ["vwo", 1], ["vmbo-gt", 1]] },
  { weight: 10, levels: [["mbo", 1]] },
];

export type GenerateOptions = {
  groups: number;
  slots: number;
  seed: number;
  /** "groups": every slot has maxGroups 1–4; "pupils": capacity 20–120 pupils, some also maxGroups. */
  capacity?: "groups" | "pupils";
};

/**
 * A realistic instance: schools and host companies clustered around Dutch
 * towns, mostly vmbo groups of 15–32 pupils, morning and afternoon slots, and
 * preferences mixing named hosts (skewed towards a few popular hosts near the
 * school, which become oversubscribed) and sectors.
 */
export function generateInstance(options: GenerateOptions): Instance {
  const random = seededRandom(options.seed);
  const form = options.capacity ?? "groups";
  const pick = <T>(items: readonly [T, number][]): T => {
    let total = 0;
    for (const [, w] of items) total += w;
    let x = random() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return items[items.length - 1]![0];
  };
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const gauss = () => {
    const u = 1 - random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const towns = DUTCH_TOWNS.map((town) => [town, town.weight] as [typeof town, number]);
  const near = (spreadKm: number) => {
    const town = pick(towns);
    return {
      lat: round(town.lat + (gauss() * spreadKm) / 111.2, 5),
      lon: round(town.lon + (gauss() * spreadKm) / (111.2 * Math.cos((town.lat * Math.PI) / 180)), 5),
    };
  };

  // Hosts: a company offers one or more slots; a few are very popular.
  const hostCount = Math.max(1, Math.round(options.slots / 3.5));
  const hosts = Array.from({ length: hostCount }, (_, h) => {
    const place = near(6);
    const levels = new Set<Level>();
    if (random() < 0.85) for (const level of ["vmbo-basis", "vmbo-kader", "vmbo-gt"] as const) if (random() < 0.8) levels.add(level);
    if (random() < 0.25) levels.add("po");
    if (random() < 0.3) levels.add("havo");
    if (random() < 0.2) levels.add("vwo");
    if (random() < 0.35) levels.add("mbo");
    if (levels.size === 0) levels.add("vmbo-kader");
    return { id: `h${h + 1}`, ...place, sector: pick(SECTORS), levels: [...levels], popularity: Math.pow(random(), 3) };
  });

  // Every host gets one slot, the rest go to hosts at random.
  const slotHosts = hosts.map((_, h) => h);
  while (slotHosts.length < options.slots) slotHosts.push(Math.floor(random() * hostCount));
  slotHosts.length = options.slots;
  slotHosts.sort((a, b) => a - b);
  const slots: Slot[] = slotHosts.map((h, i) => {
    const host = hosts[h]!;
    const slot: Slot = {
      id: `s${i + 1}`,
      hostId: host.id,
      sector: host.sector,
      lat: host.lat,
      lon: host.lon,
      window: random() < 0.55 ? "morning" : "afternoon",
      levels: host.levels,
    };
    if (form === "groups") slot.maxGroups = pick([[1, 30], [2, 35], [3, 20], [4, 15]]);
    else {
      slot.capacity = 5 * int(4, 24);
      if (random() < 0.4) slot.maxGroups = pick([[1, 20], [2, 35], [3, 25], [4, 20]]);
    }
    return slot;
  });

  const schoolCount = Math.max(1, Math.round(options.groups / 5));
  const schools = Array.from({ length: schoolCount }, (_, i) => ({
    id: `school${i + 1}`,
    ...near(5),
    kind: pick(SCHOOL_KINDS.map((kind) => [kind, kind.weight] as [SchoolKind, number])),
  }));
  // Hosts within reach of each school, for realistic named preferences.
  const reachable = schools.map((school) =>
    hosts
      .map((host, h) => [h, haversineKm(school.lat, school.lon, host.lat, host.lon)] as const)
      .filter(([, km]) => km <= 35)
      .map(([h, km]) => [h, (0.05 + hosts[h]!.popularity) / (1 + km / 10)] as [number, number]),
  );

  const groupSchools = schools.map((_, i) => i);
  while (groupSchools.length < options.groups) groupSchools.push(Math.floor(random() * schoolCount));
  groupSchools.length = options.groups;
  groupSchools.sort((a, b) => a - b);
  const groups: Group[] = groupSchools.map((si, i) => {
    const school = schools[si]!;
    const level = pick(school.kind.levels);
    const preferences: Preference[] = [];
    const wanted = pick([[1, 5], [2, 10], [3, 30], [4, 25], [5, 30]]);
    const usedHosts = new Set<string>();
    const usedSectors = new Set<string>();
    const candidates = reachable[si]!.filter(([h]) => hosts[h]!.levels.includes(level));
    for (let tries = 0; preferences.length < wanted && tries < 20; tries++) {
      if (candidates.length > 0 && random() < 0.6) {
        const host = hosts[pick(candidates)]!;
        if (!usedHosts.has(host.id)) {
          usedHosts.add(host.id);
          preferences.push({ hostId: host.id });
        }
      } else {
        const sector = pick(SECTORS);
        if (!usedSectors.has(sector)) {
          usedSectors.add(sector);
          preferences.push({ sector });
        }
      }
    }
    const group: Group = {
      id: `g${i + 1}`,
      schoolId: school.id,
      size: Math.min(32, Math.max(15, Math.round(23.5 + gauss() * 4))),
      level,
      lat: round(school.lat, 5),
      lon: round(school.lon, 5),
      preferences,
    };
    const w = random();
    if (w < 0.25) group.windows = ["morning"];
    else if (w < 0.45) group.windows = ["afternoon"];
    if (random() < 0.5) group.maxKm = int(25, 40);
    return group;
  });

  return {
    version: 1,
    maxKm: 40,
    scoring: { rankScores: [100, 80, 60, 40, 20], kmPenalty: 1, unassignedPenalty: 1000 },
    groups,
    slots,
  };
}

function round(value: number, digits: number) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
