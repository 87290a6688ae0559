import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { ProfileValues } from "./profile-fields.ts";
import {
  ageInDays,
  applyChanges,
  baselineFor,
  diffProfile,
  historyChanges,
  listDelta,
  readChanges,
  sameValue,
  staleFields,
  valueText,
} from "./proposal.ts";

const current: ProfileValues = {
  name: "Technologieroute",
  summary: "Samen leren in de techniek.",
  description: "Lange tekst.",
  province: "Utrecht",
  cooperationType: "Regionaal netwerk",
  educationSectors: ["vmbo", "mbo"],
  economicSector: "Maakindustrie",
  tags: ["hybride docent", "praktijklokaal"],
  focusAreas: ["Leven lang ontwikkelen"],
  startYear: 2019,
  contactEmail: "info@example.nl",
  projectLeader: "Programmamanager",
  website: "https://www.example.nl",
};

describe("diffProfile", () => {
  it("finds nothing when the proposal equals the profile", () => {
    expect(diffProfile(current, { ...current })).toEqual({});
  });

  it("ignores surrounding whitespace and the order of list items", () => {
    expect(
      diffProfile(current, {
        ...current,
        summary: "  Samen leren in de techniek.  ",
        educationSectors: ["mbo", "vmbo"],
        tags: ["praktijklokaal", " hybride docent"],
      }),
    ).toEqual({});
  });

  it("keeps only the fields that really change, with canonical new values", () => {
    const changes = diffProfile(current, { ...current, summary: " Nieuw ", tags: ["hybride docent", "praktijklokaal", "girlsday"], website: "" });
    expect(changes).toEqual({ summary: "Nieuw", tags: ["hybride docent", "praktijklokaal", "girlsday"], website: null });
  });

  it("treats a change of case in a list as a change", () => {
    expect(diffProfile(current, { tags: ["Hybride docent", "praktijklokaal"] })).toEqual({ tags: ["Hybride docent", "praktijklokaal"] });
  });

  it("considers only the fields that are proposed", () => {
    expect(diffProfile(current, { startYear: 2020 })).toEqual({ startYear: 2020 });
  });
});

describe("applyChanges", () => {
  it("applies exactly the changed fields", () => {
    const next = applyChanges(current, { summary: "Nieuw", startYear: null });
    expect(next).toEqual({ ...current, summary: "Nieuw", startYear: null });
    expect(current.summary).toBe("Samen leren in de techniek.");
  });

  it("round-trips with diffProfile for any proposal", () => {
    const text = fc.string({ maxLength: 20 });
    const list = fc.array(fc.constantFrom("a", "b", "c", " d ", "e"), { maxLength: 5 });
    fc.assert(
      fc.property(text, list, fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }), (summary, tags, startYear) => {
        const proposed = { ...current, summary, tags, startYear };
        const changed = applyChanges(current, diffProfile(current, proposed));
        expect(diffProfile(changed, proposed)).toEqual({});
      }),
    );
  });
});

describe("baseline, staleness and history", () => {
  it("records the current values of the changed fields as the baseline", () => {
    expect(baselineFor(current, { summary: "Nieuw", tags: [] })).toEqual({ summary: current.summary, tags: current.tags });
  });

  it("flags fields that changed since the proposal was made", () => {
    const baseline = baselineFor(current, { summary: "Nieuw", tags: [] });
    expect(staleFields(current, baseline)).toEqual([]);
    expect(staleFields({ ...current, tags: ["praktijklokaal", "hybride docent"] }, baseline)).toEqual([]);
    expect(staleFields({ ...current, summary: "Intussen gewijzigd" }, baseline)).toEqual(["summary"]);
  });

  it("records from → to for what really changes at acceptance", () => {
    expect(historyChanges(current, { summary: "Nieuw", province: "Utrecht" })).toEqual({
      summary: { from: current.summary, to: "Nieuw" },
    });
  });

  it("reads stored changes defensively", () => {
    expect(readChanges({ summary: " x ", searchText: "nope", tags: "a\nb" })).toEqual({ summary: "x", tags: ["a", "b"] });
  });
});

describe("helpers", () => {
  it("lists added and removed items", () => {
    expect(listDelta(["a", "b"], ["b", "c"])).toEqual({ added: ["c"], removed: ["a"] });
  });
  it("compares years and empty values", () => {
    expect(sameValue("startYear", 2019, "2019")).toBe(true);
    expect(sameValue("website", "", null)).toBe(true);
    expect(sameValue("website", "https://a.nl", null)).toBe(false);
  });
  it("shows values as text", () => {
    expect(valueText(["a", "b"])).toBe("a, b");
    expect(valueText([])).toBe("—");
    expect(valueText(null)).toBe("—");
    expect(valueText(2019)).toBe("2019");
  });
  it("counts whole days of waiting", () => {
    const start = new Date("2026-03-01T10:00:00Z");
    expect(ageInDays(start, new Date("2026-03-01T23:00:00Z"))).toBe(0);
    expect(ageInDays(start, new Date("2026-03-04T10:00:00Z"))).toBe(3);
    expect(ageInDays(start, new Date("2026-02-01T10:00:00Z"))).toBe(0);
  });
});
