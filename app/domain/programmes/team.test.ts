import { describe, expect, it } from "vitest";
import { leadMove, newSeatIsLead, seatRemovalError } from "./team.ts";

const team = [
  { id: "lead", isLead: true },
  { id: "b", isLead: false },
  { id: "c", isLead: false },
];

describe("development team lead", () => {
  it("makes the first seat the lead, and later ones not", () => {
    expect(newSeatIsLead([])).toBe(true);
    expect(newSeatIsLead(team)).toBe(false);
    expect(newSeatIsLead([{ id: "x", isLead: false }])).toBe(true);
  });

  it("clears the old lead before setting the new one", () => {
    expect(leadMove(team, "b")).toEqual({ clear: ["lead"], set: "b" });
    expect(leadMove([{ id: "x", isLead: false }], "x")).toEqual({ clear: [], set: "x" });
  });

  it("does nothing for the current lead and refuses a seat from elsewhere", () => {
    expect(leadMove(team, "lead")).toEqual({ clear: [], set: null });
    expect(leadMove(team, "elsewhere")).toBeNull();
  });

  it("lets the lead leave only as the last one", () => {
    expect(seatRemovalError(team, "lead")).toBe("programmes.team.removeLeadFirst");
    expect(seatRemovalError(team, "b")).toBeNull();
    expect(seatRemovalError([{ id: "lead", isLead: true }], "lead")).toBeNull();
  });
});
