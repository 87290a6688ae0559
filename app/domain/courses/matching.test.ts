import { describe, expect, it } from "vitest";
import { coverage, courseSearchText, coveringCourses, coveringCoursesOfNeeds, keywords } from "./matching.ts";

const course = (topics: string[], text: string, status = "published") => ({ topics, status, searchText: courseSearchText({ title: text, summary: "", description: "", topics, leadsTo: "" }) });

describe("coverage", () => {
  it("covers by topic", () => {
    expect(coverage({ topic: "lassen", description: "iets" }, course(["lassen"], "MIG/MAG basis"))).toMatchObject({ covers: true, byTopic: true });
  });
  it("covers by at least two shared words when the topic differs", () => {
    const c = course(["plaatbewerking"], "Kanten en lassen van roestvast staal");
    expect(coverage({ topic: "onderhoud", description: "Roestvast staal lassen bij onderhoud" }, c).covers).toBe(true);
    expect(coverage({ topic: "onderhoud", description: "Lassen bij storingen" }, c).covers).toBe(false);
  });
  it("does not count words every technical course uses", () => {
    const c = course(["hydrauliek"], "Storingen zoeken aan hydraulische systemen");
    expect(coverage({ topic: "pneumatiek", description: "Storingen zoeken in pneumatische systemen" }, c).covers).toBe(false);
  });
  it("never covers with a draft or archived course", () => {
    expect(coverage({ topic: "lassen", description: "" }, course(["lassen"], "Lassen", "draft")).covers).toBe(false);
  });
  it("ignores short and empty words, case and accents", () => {
    expect([...keywords("Één RVS-café voor de Medewerkers: Lassen!")]).toEqual(["lassen"]);
  });
});

describe("coveringCourses", () => {
  it("shows the best few, by topic before shared words, and counts them all", () => {
    const byText = { ...course(["plaatbewerking"], "Roestvast staal lassen"), name: "tekst" };
    const byTopic = Array.from({ length: 7 }, (_, i) => ({ ...course(["lassen"], `Cursus ${i}`), name: `onderwerp ${i}` }));
    const none = { ...course(["hydrauliek"], "Hydrauliek"), name: "niets" };
    const result = coveringCourses({ topic: "lassen", description: "Roestvast staal lassen" }, [byText, ...byTopic, none], 3);
    expect(result.total).toBe(8);
    expect(result.courses.map((c) => c.name)).toEqual(["onderwerp 0", "onderwerp 1", "onderwerp 2"]);
    expect(result.courses.every((c) => c.byTopic)).toBe(true);
    expect(coveringCourses({ topic: "elektro", description: "Roestvast staal lassen" }, [byText, none]).courses.map((c) => c.name)).toEqual(["tekst"]);
  });

  it("answers for several needs as it does for each need alone", () => {
    const courses = [
      { ...course(["lassen"], "TIG-lassen van roestvast staal"), name: "tig" },
      { ...course(["hydrauliek"], "Hydraulische systemen en pompen onderhouden"), name: "hydrauliek" },
      { ...course(["plaatbewerking"], "Roestvast staal zetten en lassen"), name: "zetten" },
      { ...course(["lassen"], "Lassen", "draft"), name: "concept" },
    ];
    const needs = [
      { topic: "lassen", description: "Roestvast staal" },
      { topic: "elektro", description: "Pompen en hydraulische leidingen onderhouden" },
      { topic: "robotica", description: "Cobots" },
    ];
    const together = coveringCoursesOfNeeds(needs, courses, (c) => keywords(c.searchText));
    expect(together).toEqual(needs.map((n) => coveringCourses(n, courses)));
    expect(together.map((r) => r.courses.map((c) => c.name))).toEqual([["tig", "zetten"], ["hydrauliek"], []]);
  });
});
