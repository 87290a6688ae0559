import { describe, expect, it } from "vitest";
import { daysLate, milestoneState, projectRag, sortMilestones, sortProjectsForDashboard, worstRag } from "./status.ts";
import { amsterdamToday } from "../common/time.ts";

describe("milestone state", () => {
  it("is late only after the due day has passed", () => {
    expect(milestoneState({ status: "planned", dueOn: "2024-03-01" }, "2024-03-01")).toBe("planned");
    expect(milestoneState({ status: "planned", dueOn: "2024-03-01" }, "2024-03-02")).toBe("late");
    expect(milestoneState({ status: "done", dueOn: "2024-03-01" }, "2025-01-01")).toBe("done");
  });

  it("uses the Dutch calendar day, not UTC", () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam (summer time).
    expect(amsterdamToday(new Date("2024-03-31T23:30:00Z"))).toBe("2024-04-01");
    expect(amsterdamToday(new Date("2024-01-15T22:59:00Z"))).toBe("2024-01-15");
  });

  it("counts days late", () => {
    expect(daysLate("2024-03-01", "2024-03-11")).toBe(10);
    expect(daysLate("2024-03-11", "2024-03-01")).toBe(0);
  });

  it("sorts late first (oldest first), then planned by date, then done newest first", () => {
    const today = "2024-06-01";
    const sorted = sortMilestones(
      [
        { id: "done-old", status: "done" as const, dueOn: "2023-01-01" },
        { id: "planned-late", status: "planned" as const, dueOn: "2024-09-01" },
        { id: "late-recent", status: "planned" as const, dueOn: "2024-05-01" },
        { id: "done-new", status: "done" as const, dueOn: "2024-02-01" },
        { id: "planned-soon", status: "planned" as const, dueOn: "2024-07-01" },
        { id: "late-old", status: "planned" as const, dueOn: "2023-12-01" },
      ],
      today,
    );
    expect(sorted.map((m) => m.id)).toEqual(["late-old", "late-recent", "planned-soon", "planned-late", "done-new", "done-old"]);
  });
});

describe("RAG status", () => {
  it("takes the newest update's colour", () => {
    expect(projectRag([])).toBeNull();
    expect(
      projectRag([
        { rag: "red", createdAt: new Date("2024-01-01") },
        { rag: "green", createdAt: new Date("2024-03-01") },
        { rag: "amber", createdAt: new Date("2024-02-01") },
      ]),
    ).toBe("green");
  });

  it("gives a goal the worst colour of its projects", () => {
    expect(worstRag([null, "green", "amber"])).toBe("amber");
    expect(worstRag(["green", "red", "amber"])).toBe("red");
    expect(worstRag([null, null])).toBeNull();
  });

  it("puts projects with late milestones first on the dashboard", () => {
    const sorted = sortProjectsForDashboard([
      { id: "a", position: 1, rag: "green" as const, lateCount: 0 },
      { id: "b", position: 2, rag: "green" as const, lateCount: 2 },
      { id: "c", position: 3, rag: "red" as const, lateCount: 0 },
      { id: "d", position: 4, rag: null, lateCount: 1 },
    ]);
    expect(sorted.map((p) => p.id)).toEqual(["b", "d", "c", "a"]);
  });
});
