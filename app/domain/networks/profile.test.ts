import { describe, expect, it } from "vitest";
import { excerpt, groupLocationsByKind, paragraphs, safeWebUrl, sortPartners } from "./profile.ts";

describe("sortPartners", () => {
  it("names the penvoerder first, then the others alphabetically", () => {
    const sorted = sortPartners([
      { name: "OpleidingsBedrijf Metaal", role: "partner" },
      { name: "Aeres MBO", role: "partner" },
      { name: "ROC Midden Nederland", role: "penvoerder" },
    ]);
    expect(sorted.map((p) => p.name)).toEqual(["ROC Midden Nederland", "Aeres MBO", "OpleidingsBedrijf Metaal"]);
  });
});

describe("groupLocationsByKind", () => {
  it("groups physical, mobile and online hubs in that order and skips empty kinds", () => {
    const groups = groupLocationsByKind([
      { name: "Online leeromgeving", kind: "online" as const },
      { name: "Praktijkcentrum Emmeloord", kind: "physical" as const },
      { name: "Aeres Emmeloord", kind: "physical" as const },
    ]);
    expect(groups.map((g) => g.kind)).toEqual(["physical", "online"]);
    expect(groups[0]!.locations.map((l) => l.name)).toEqual(["Aeres Emmeloord", "Praktijkcentrum Emmeloord"]);
  });
});

describe("excerpt", () => {
  it("keeps short text and cuts long text at a word with an ellipsis", () => {
    expect(excerpt("  Kort\n en  goed ")).toBe("Kort en goed");
    const long = "De metaalsector wordt geconfronteerd met belangrijke ontwikkelingen, technologische uitdagingen volgen elkaar steeds sneller op.";
    const cut = excerpt(long, 60);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut.endsWith("…")).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut).not.toMatch(/,…$/);
  });
});

describe("paragraphs", () => {
  it("splits on blank lines and joins soft line breaks", () => {
    expect(paragraphs("Een\nregel\n\n\nTwee\n")).toEqual(["Een regel", "Twee"]);
    expect(paragraphs("")).toEqual([]);
  });
});

describe("safeWebUrl", () => {
  it("accepts http(s), adds https to a bare host, refuses other schemes", () => {
    expect(safeWebUrl("www.technet.nu")).toBe("https://www.technet.nu/");
    expect(safeWebUrl("http://example.nl/pps")).toBe("http://example.nl/pps");
    expect(safeWebUrl("javascript:alert(1)")).toBeNull();
    expect(safeWebUrl("")).toBeNull();
  });
});
