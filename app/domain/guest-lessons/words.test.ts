import { describe, expect, it } from "vitest";
import { matchKeys, probePoints, topicSlot } from "./plane.ts";
import { textScore, topicsInText } from "./words.ts";
import { LESSON_LEVELS } from "./vocabulary.ts";

const topics = [
  { slug: "robotica", name: "robotica" },
  { slug: "warmtepompen", name: "warmtepompen" },
  { slug: "cnc-verspanen", name: "CNC-verspanen" },
  { slug: "zonne-energie", name: "zonne-energie" },
];

describe("words", () => {
  it("finds topics in the teacher's words, inflections and accents aside", () => {
    expect(topicsInText("Iets met een robot of een warmtepomp", topics)).toEqual(["robotica", "warmtepompen"]);
    expect(topicsInText("CNC", topics)).toEqual(["cnc-verspanen"]);
    expect(topicsInText("zonnepanelen", topics)).toEqual(["zonne-energie"]);
    expect(topicsInText("brood bakken", topics)).toEqual([]);
    expect(topicsInText("", topics)).toEqual([]);
  });

  it("scores the share of words an offer contains", () => {
    expect(textScore("lassen leidingen", "Lassen van leidingen bij de installateur")).toBe(1);
    expect(textScore("lassen robots", "Lassen van leidingen")).toBe(0.5);
    expect(textScore("bakken", "Lassen")).toBe(0);
  });
});

describe("match keys", () => {
  const levelIndex = (l: string) => (LESSON_LEVELS as readonly string[]).indexOf(l);
  const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

  it("puts an offer's reach where a request of its level and topic probes, and nowhere else", () => {
    const offer = { levels: ["vmbo-kader"], topics: ["lassen"], locations: ["school"], travelRadiusKm: 30, lat: 52.0858, lon: 4.8836 };
    const [key] = matchKeys(offer, levelIndex);
    const utrecht = probePoints(52.0907, 5.1214, levelIndex("vmbo-kader"), ["lassen"])[0]!;
    expect(dist(key!, utrecht)).toBeLessThan(key!.r);
    const otherLevel = probePoints(52.0907, 5.1214, levelIndex("havo"), ["lassen"])[0]!;
    const otherTopic = probePoints(52.0907, 5.1214, levelIndex("vmbo-kader"), ["robotica"])[0]!;
    expect(dist(key!, otherLevel)).toBeGreaterThan(key!.r);
    if (topicSlot("robotica") !== topicSlot("lassen")) expect(dist(key!, otherTopic)).toBeGreaterThan(key!.r);
    const emmeloord = probePoints(52.7108, 5.7486, levelIndex("vmbo-kader"), ["lassen"])[0]!;
    expect(dist(key!, emmeloord)).toBeGreaterThan(key!.r);
  });

  it("gives online offers the whole country, and nothing to an offer that can be nowhere", () => {
    const online = matchKeys({ levels: ["havo"], topics: ["robotica"], locations: ["online"], travelRadiusKm: 0, lat: null, lon: null }, levelIndex);
    const maastricht = probePoints(50.85, 5.69, levelIndex("havo"), ["robotica"])[0]!;
    expect(dist(online[0]!, maastricht)).toBeLessThan(online[0]!.r);
    expect(matchKeys({ levels: ["havo"], topics: ["robotica"], locations: ["school"], travelRadiusKm: 30, lat: null, lon: null }, levelIndex)).toEqual([]);
  });
});
