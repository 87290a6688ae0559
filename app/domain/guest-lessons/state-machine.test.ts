import { describe, expect, it } from "vitest";
import { APPOINTMENT_STATES, type AppointmentState } from "./vocabulary.ts";
import {
  APPOINTMENT_ACTIONS,
  APPOINTMENT_ACTORS,
  actionsToday,
  allowedActions,
  checkTransition,
  isLateCancellation,
  type AppointmentAction,
  type AppointmentActor,
} from "./state-machine.ts";

// The workflow written out by hand, independently of TRANSITIONS: [from, action, actor, to].
const ALLOWED: [AppointmentState, AppointmentAction, AppointmentActor, AppointmentState][] = [
  ["requested", "accept", "provider", "accepted"],
  ["requested", "schedule", "provider", "scheduled"],
  ["accepted", "schedule", "provider", "scheduled"],
  ["requested", "decline", "provider", "declined"],
  ["requested", "cancel", "school", "cancelled"],
  ["requested", "cancel", "coordinator", "cancelled"],
  ["accepted", "cancel", "school", "cancelled"],
  ["accepted", "cancel", "provider", "cancelled"],
  ["accepted", "cancel", "coordinator", "cancelled"],
  ["scheduled", "cancel", "school", "cancelled"],
  ["scheduled", "cancel", "provider", "cancelled"],
  ["scheduled", "cancel", "coordinator", "cancelled"],
  ["requested", "expire", "system", "expired"],
  ["accepted", "expire", "system", "expired"],
  ["scheduled", "confirm_took_place", "school", "took_place"],
  ["scheduled", "confirm_took_place", "provider", "took_place"],
  ["scheduled", "report_no_show", "school", "cancelled"],
  ["scheduled", "report_no_show", "provider", "cancelled"],
  ["took_place", "evaluate", "school", "evaluated"],
  ["requested", "propose_date", "provider", "accepted"],
  ["accepted", "propose_date", "provider", "accepted"],
  ["accepted", "agree_date", "school", "scheduled"],
];

const key = (s: string, a: string, r: string) => `${s}/${a}/${r}`;
const allowed = new Map(ALLOWED.map(([s, a, r, to]) => [key(s, a, r), to]));

const cases = APPOINTMENT_STATES.flatMap((state) =>
  APPOINTMENT_ACTIONS.flatMap((action) => APPOINTMENT_ACTORS.map((actor) => ({ state, action, actor, to: allowed.get(key(state, action, actor)) ?? null }))),
);

describe("appointment state machine", () => {
  it("covers every state × action × actor", () => {
    expect(cases).toHaveLength(8 * 10 * 4);
    expect(cases.filter((c) => c.to !== null)).toHaveLength(ALLOWED.length);
  });

  it.each(cases.filter((c) => c.to !== null))("$actor may $action from $state (→ $to)", ({ state, action, actor, to }) => {
    expect(checkTransition(state, action, actor)).toEqual({ ok: true, to });
  });

  it.each(cases.filter((c) => c.to === null))("$actor may not $action from $state", ({ state, action, actor }) => {
    const result = checkTransition(state, action, actor);
    expect(result.ok).toBe(false);
  });

  it("says whether the state or the actor is wrong", () => {
    expect(checkTransition("evaluated", "cancel", "school")).toEqual({ ok: false, reason: "state" });
    expect(checkTransition("requested", "accept", "school")).toEqual({ ok: false, reason: "actor" });
    expect(checkTransition("requested", "cancel", "provider")).toEqual({ ok: false, reason: "actor" });
  });

  it("offers the buttons an actor may use", () => {
    expect(allowedActions("requested", ["provider"])).toEqual(["accept", "schedule", "decline", "propose_date"]);
    expect(allowedActions("requested", ["school"])).toEqual(["cancel"]);
    expect(allowedActions("scheduled", ["school"])).toEqual(["cancel", "confirm_took_place", "report_no_show"]);
    expect(allowedActions("evaluated", ["school", "provider", "coordinator"])).toEqual([]);
  });

  it("counts a cancellation within 48 hours of the start as late", () => {
    const start = new Date("2026-03-10T09:00:00Z");
    expect(isLateCancellation(start, new Date("2026-03-08T09:00:01Z"))).toBe(true);
    expect(isLateCancellation(start, new Date("2026-03-08T09:00:00Z"))).toBe(false);
    expect(isLateCancellation(start, new Date("2026-03-01T09:00:00Z"))).toBe(false);
    expect(isLateCancellation(null, new Date())).toBe(false);
  });

  it("offers confirming and reporting absence only from the day itself, and never the system's expiry", () => {
    const before = actionsToday("scheduled", ["provider"], { date: "2026-12-23", today: "2026-12-04" });
    expect(before).toContain("cancel");
    expect(before).not.toContain("confirm_took_place");
    expect(before).not.toContain("report_no_show");
    const onTheDay = actionsToday("scheduled", ["provider"], { date: "2026-12-23", today: "2026-12-23" });
    expect(onTheDay).toEqual(expect.arrayContaining(["confirm_took_place", "report_no_show"]));
    expect(actionsToday("scheduled", ["school"], { date: null, today: "2026-12-23" })).not.toContain("confirm_took_place");
    for (const state of APPOINTMENT_STATES) expect(actionsToday(state, ["school", "provider", "coordinator", "system"], { date: "2020-01-01", today: "2026-01-01" })).not.toContain("expire");
  });

  it("lets the company propose another date until the date is fixed, and the school agree only to a proposal that exists", () => {
    expect(actionsToday("requested", ["provider"], { date: null, today: "2026-12-04" })).toContain("propose_date");
    expect(actionsToday("accepted", ["provider"], { date: null, today: "2026-12-04" })).toContain("propose_date");
    expect(actionsToday("scheduled", ["provider"], { date: "2026-12-23", today: "2026-12-04" })).not.toContain("propose_date");
    expect(actionsToday("accepted", ["school"], { date: null, today: "2026-12-04" })).not.toContain("agree_date");
    expect(actionsToday("accepted", ["school"], { date: null, today: "2026-12-04", proposal: true })).toContain("agree_date");
    expect(actionsToday("accepted", ["provider"], { date: null, today: "2026-12-04", proposal: true })).not.toContain("agree_date");
  });
});
