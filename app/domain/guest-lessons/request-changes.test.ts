import { describe, expect, it } from "vitest";
import { APPOINTMENT_STATES } from "./vocabulary.ts";
import { changeRefusal, withdrawalPlan, withdrawRequestSchema, WITHDRAW_REASON_MAX } from "./request-changes.ts";

describe("changing a request", () => {
  it("allows an open request with only unanswered, declined or ended appointments", () => {
    expect(changeRefusal("open", [])).toBeNull();
    expect(changeRefusal("open", [{ id: "a", state: "requested" }, { id: "b", state: "declined" }, { id: "c", state: "expired" }, { id: "d", state: "cancelled" }])).toBeNull();
  });

  it("refuses once a company has agreed, or the lesson happened", () => {
    for (const state of ["accepted", "scheduled", "took_place", "evaluated"] as const) {
      expect(changeRefusal("open", [{ id: "a", state }])).toBe("requests.error.agreed");
    }
    expect(changeRefusal("matched", [])).toBe("requests.error.agreed");
  });

  it("refuses a withdrawn or closed request", () => {
    expect(changeRefusal("cancelled", [])).toBe("requests.error.closed");
    expect(changeRefusal("closed", [{ id: "a", state: "requested" }])).toBe("requests.error.closed");
  });
});

describe("withdrawing a request", () => {
  it("ends exactly the unanswered appointments", () => {
    const plan = withdrawalPlan("open", APPOINTMENT_STATES.filter((s) => !["accepted", "scheduled", "took_place", "evaluated"].includes(s)).map((state) => ({ id: state, state })));
    expect(plan).toEqual({ ok: true, cancel: ["requested"] });
  });

  it("names the agreed appointments when it refuses", () => {
    const plan = withdrawalPlan("matched", [
      { id: "a", state: "requested" },
      { id: "b", state: "scheduled" },
    ]);
    expect(plan).toEqual({ ok: false, refusal: "requests.error.agreed", agreed: ["b"] });
  });

  it("takes an optional reason, trimmed, within its limit", () => {
    expect(withdrawRequestSchema.parse({})).toEqual({ reason: "" });
    expect(withdrawRequestSchema.parse({ reason: "  Ander bedrijf gevonden  " })).toEqual({ reason: "Ander bedrijf gevonden" });
    const long = withdrawRequestSchema.safeParse({ reason: "x".repeat(WITHDRAW_REASON_MAX + 1) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe("requests.withdraw.error.reasonLong");
  });
});
