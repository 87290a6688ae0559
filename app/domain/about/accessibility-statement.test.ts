import { describe, expect, it } from "vitest";
import { complianceStatus, TECHNOHUB_STATEMENT, type StatementFacts } from "./accessibility-statement.ts";

const none: StatementFacts = { hasStatement: true, completeResearchOn: null, criteriaNotMet: null, researchPlannedBy: null };

describe("complianceStatus (the model's table on digitoegankelijk.nl)", () => {
  it("is E without a statement, whatever else is known", () => {
    expect(complianceStatus({ ...none, hasStatement: false, completeResearchOn: "2026-01-01", criteriaNotMet: 0 }, "2026-12-06")).toBe("E");
  });

  it("is A after a complete research younger than three years that found every criterion met, B when some were not", () => {
    expect(complianceStatus({ ...none, completeResearchOn: "2024-12-07", criteriaNotMet: 0 }, "2026-12-06")).toBe("A");
    expect(complianceStatus({ ...none, completeResearchOn: "2024-12-07", criteriaNotMet: 4 }, "2026-12-06")).toBe("B");
  });

  it("no longer counts a research of three years or more ago", () => {
    expect(complianceStatus({ ...none, completeResearchOn: "2023-12-06", criteriaNotMet: 0 }, "2026-12-06")).toBe("D");
    expect(complianceStatus({ ...none, completeResearchOn: "2023-12-06", criteriaNotMet: 0, researchPlannedBy: "2027-03-01" }, "2026-12-06")).toBe("C");
  });

  it("is C with a research planned within six months, D when it is planned later or not at all", () => {
    expect(complianceStatus({ ...none, researchPlannedBy: "2027-06-06" }, "2026-12-06")).toBe("C");
    expect(complianceStatus({ ...none, researchPlannedBy: "2027-06-07" }, "2026-12-06")).toBe("D");
    expect(complianceStatus(none, "2026-12-06")).toBe("D");
  });

  it("does not count a planned date that has passed", () => {
    expect(complianceStatus({ ...none, researchPlannedBy: "2026-11-01" }, "2026-12-06")).toBe("D");
  });

  it("gives Technohub's own statement C on the day it was drawn up: first measures taken, a research planned", () => {
    expect(complianceStatus(TECHNOHUB_STATEMENT.facts, TECHNOHUB_STATEMENT.statedOn)).toBe("C");
  });
});
