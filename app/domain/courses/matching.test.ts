import { describe, expect, it } from "vitest";
import { coverage, courseSearchText, keywords } from "./matching.ts";

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
