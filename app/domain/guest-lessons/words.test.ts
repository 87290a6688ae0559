import { describe, expect, it } from "vitest";
import { textScore, topicsInText } from "./words.ts";

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
