import { describe, expect, it } from "vitest";
import { checkVog, vogCheckDate, vogContactKey, vogFormSchema, vogMeetsRequirement, vogReminderDue } from "./vog.ts";

describe("VOG", () => {
  it("is valid through its end date and expired the day after", () => {
    expect(checkVog({ validUntil: "2027-03-12" }, true, "2027-03-12")).toEqual({ state: "valid", validUntil: "2027-03-12", required: true });
    expect(checkVog({ validUntil: "2027-03-12" }, true, "2027-03-13")).toEqual({ state: "expired", validUntil: "2027-03-12", required: true });
    expect(checkVog({ validUntil: null }, false, "2027-03-13")).toEqual({ state: "missing", required: false });
  });

  it("meets the requirement only with a valid VOG, and always when none is required", () => {
    expect(vogMeetsRequirement(checkVog({ validUntil: null }, true, "2027-01-01"))).toBe(false);
    expect(vogMeetsRequirement(checkVog({ validUntil: "2026-12-31" }, true, "2027-01-01"))).toBe(false);
    expect(vogMeetsRequirement(checkVog({ validUntil: "2027-01-01" }, true, "2027-01-01"))).toBe(true);
    expect(vogMeetsRequirement(checkVog({ validUntil: null }, false, "2027-01-01"))).toBe(true);
  });

  it("checks against the latest date the school asked for, never before today", () => {
    expect(vogCheckDate("2026-12-06", ["2027-02-01", "2027-03-01"], null)).toBe("2027-03-01");
    expect(vogCheckDate("2026-12-06", [], "2027-04-30")).toBe("2027-04-30");
    expect(vogCheckDate("2026-12-06", [], null)).toBe("2026-12-06");
    expect(vogCheckDate("2026-12-06", ["2026-11-01"], null)).toBe("2026-12-06");
  });

  it("reminds once, within 30 days of the end", () => {
    expect(vogReminderDue("2027-01-05", null, "2026-12-06")).toBe(true);
    expect(vogReminderDue("2027-01-06", null, "2026-12-06")).toBe(false);
    expect(vogReminderDue("2027-01-05", "2027-01-05", "2026-12-06")).toBe(false);
    // A renewed VOG (new end date) is reminded again when its time comes.
    expect(vogReminderDue("2027-01-05", "2026-01-05", "2026-12-06")).toBe(true);
    expect(vogReminderDue("2026-12-05", null, "2026-12-06")).toBe(false);
    expect(vogReminderDue(null, null, "2026-12-06")).toBe(false);
  });
});

describe("the VOG forms", () => {
  const offer = "0b7d7c52-1a0e-4c55-9a43-3c9f3f7f2a10";
  it("take an ISO or a Dutch date, or nothing for no VOG", () => {
    expect(vogFormSchema.parse({ intent: "statement", offer, validUntil: "2027-03-12" })).toMatchObject({ validUntil: "2027-03-12" });
    expect(vogFormSchema.parse({ intent: "statement", offer, validUntil: " 2-3-2027 " })).toMatchObject({ validUntil: "2027-03-02" });
    expect(vogFormSchema.parse({ intent: "statement", offer, validUntil: "" })).toMatchObject({ validUntil: null });
  });

  it("refuse a date that does not exist, beside the field", () => {
    const result = vogFormSchema.safeParse({ intent: "statement", offer, validUntil: "31-02-2027" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["validUntil"], message: "guestLessons.vog.error.date" });
  });

  it("read the school's box as ticked or not", () => {
    expect(vogFormSchema.parse({ intent: "requirement", required: ["on"] })).toEqual({ intent: "requirement", required: true });
    expect(vogFormSchema.parse({ intent: "requirement" })).toEqual({ intent: "requirement", required: false });
  });

  it("name a contact once, whichever way the offer names it", () => {
    expect(vogContactKey({ contactUserId: "u1", contactEmail: "A@x.nl", contactName: "A" })).toBe("u:u1");
    expect(vogContactKey({ contactUserId: null, contactEmail: "A@x.nl", contactName: "A" })).toBe(vogContactKey({ contactUserId: null, contactEmail: "a@x.nl", contactName: "B" }));
    expect(vogContactKey({ contactUserId: null, contactEmail: null, contactName: null })).toBe("");
  });
});
