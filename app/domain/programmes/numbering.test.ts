import { describe, expect, it } from "vitest";
import { currentOrder, moveInOrder, nextPosition, projectsOnlyServing, renumberPlan } from "./numbering.ts";

const goals = [
  { id: "c", position: 3 },
  { id: "a", position: 1 },
  { id: "b", position: 2 },
];

describe("numbering", () => {
  it("reads the order from the positions", () => {
    expect(currentOrder(goals)).toEqual(["a", "b", "c"]);
  });

  it("moves an item one place and stays put at either end", () => {
    expect(moveInOrder(["a", "b", "c"], "c", "up")).toEqual(["a", "c", "b"]);
    expect(moveInOrder(["a", "b", "c"], "a", "down")).toEqual(["b", "a", "c"]);
    expect(moveInOrder(["a", "b", "c"], "a", "up")).toEqual(["a", "b", "c"]);
    expect(moveInOrder(["a", "b", "c"], "c", "down")).toEqual(["a", "b", "c"]);
    expect(moveInOrder(["a", "b", "c"], "x", "up")).toEqual(["a", "b", "c"]);
  });

  it("renumbers 1…n and names only the rows that change", () => {
    expect(renumberPlan(goals, ["a", "c", "b"])).toEqual([
      { id: "c", position: 2 },
      { id: "b", position: 3 },
    ]);
    expect(renumberPlan(goals, ["a", "b", "c"])).toEqual([]);
  });

  it("closes the gap a removal leaves", () => {
    const left = goals.filter((g) => g.id !== "a");
    expect(renumberPlan(left, currentOrder(left))).toEqual([
      { id: "b", position: 1 },
      { id: "c", position: 2 },
    ]);
  });

  it("refuses an order that loses or repeats an item", () => {
    expect(() => renumberPlan(goals, ["a", "b"])).toThrow();
    expect(() => renumberPlan(goals, ["a", "a", "b"])).toThrow();
    expect(() => renumberPlan(goals, ["a", "b", "x"])).toThrow();
  });

  it("numbers a new item after the last", () => {
    expect(nextPosition(goals)).toBe(4);
    expect(nextPosition([])).toBe(1);
  });

  it("names the projects that would be left without a goal", () => {
    const links = [
      { projectId: "p1", goalId: "g1" },
      { projectId: "p2", goalId: "g1" },
      { projectId: "p2", goalId: "g2" },
      { projectId: "p3", goalId: "g2" },
    ];
    expect(projectsOnlyServing(links, "g1")).toEqual(["p1"]);
    expect(projectsOnlyServing(links, "g2")).toEqual(["p3"]);
    expect(projectsOnlyServing(links, "g3")).toEqual([]);
  });
});
