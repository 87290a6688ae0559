import { describe, expect, it } from "vitest";
import { homeRolesOf, orderByUrgency, sessionAttention, urgencyOf, type PendingItem } from "./pending.ts";

// 10:00 in Amsterdam on Tuesday 9 March 2027.
const now = new Date("2027-03-09T09:00:00Z");

const item = (key: string, due: string | null, action = true, title = key): PendingItem => ({ key, kind: "proposal", title, href: "/", due, action });

describe("urgencyOf", () => {
  it("sorts dates into overdue, today, this week, later and undated", () => {
    expect(urgencyOf("2027-03-08", now)).toBe("overdue");
    expect(urgencyOf("2027-03-09", now)).toBe("today");
    expect(urgencyOf("2027-03-16", now)).toBe("soon");
    expect(urgencyOf("2027-03-17", now)).toBe("later");
    expect(urgencyOf(null, now)).toBe("undated");
  });

  it("judges a moment by the Amsterdam clock: earlier today is past, later today is today", () => {
    expect(urgencyOf("2027-03-09T08:00:00Z", now)).toBe("overdue");
    expect(urgencyOf("2027-03-09T15:00:00Z", now)).toBe("today");
    // 23:30 UTC on the 9th is already the 10th in Amsterdam.
    expect(urgencyOf("2027-03-09T23:30:00Z", now)).toBe("soon");
  });
});

describe("orderByUrgency", () => {
  it("puts the overdue first, then today, this week, later, and undated last", () => {
    const ordered = orderByUrgency([item("later", "2027-05-01"), item("none", null), item("soon", "2027-03-12"), item("late", "2027-03-01"), item("today", "2027-03-09")], now);
    expect(ordered.map((i) => i.key)).toEqual(["late", "today", "soon", "later", "none"]);
    expect(ordered.map((i) => i.urgency)).toEqual(["overdue", "today", "soon", "later", "undated"]);
  });

  it("within a band puts what waits on the person before news, then the earliest date", () => {
    const ordered = orderByUrgency([item("news", "2027-03-10", false), item("act-late", "2027-03-14"), item("act-early", "2027-03-11")], now);
    expect(ordered.map((i) => i.key)).toEqual(["act-early", "act-late", "news"]);
  });

  it("compares a date with a moment on the same clock", () => {
    const ordered = orderByUrgency([item("date", "2027-03-12"), item("moment", "2027-03-11T18:00:00Z")], now);
    expect(ordered.map((i) => i.key)).toEqual(["moment", "date"]);
  });

  it("keeps a stable order for equal dates (by title)", () => {
    const ordered = orderByUrgency([item("b", "2027-03-12", true, "Zagen"), item("a", "2027-03-12", true, "Boren")], now);
    expect(ordered.map((i) => i.title)).toEqual(["Boren", "Zagen"]);
  });
});

describe("homeRolesOf", () => {
  it("gives each kind of organisation its role and keeps the page's order", () => {
    expect(homeRolesOf({ organisationKinds: ["provider", "school"], coordinatesNetworks: true, hasOwnRegistrations: true })).toEqual([
      "coordinator",
      "teacher",
      "provider",
      "employee",
    ]);
  });

  it("gives no role to a person without organisation, network or place", () => {
    expect(homeRolesOf({ organisationKinds: ["public_body"], coordinatesNetworks: false, hasOwnRegistrations: false })).toEqual([]);
  });

  it("gives a platform administrator their own section, after the roles of their organisations", () => {
    expect(homeRolesOf({ organisationKinds: ["school"], coordinatesNetworks: false, hasOwnRegistrations: false, platformAdmin: true })).toEqual(["teacher", "administrator"]);
    expect(homeRolesOf({ organisationKinds: [], coordinatesNetworks: false, hasOwnRegistrations: false, platformAdmin: true })).toEqual(["administrator"]);
  });

  it("makes a company's member a company contact", () => {
    expect(homeRolesOf({ organisationKinds: ["company"], coordinatesNetworks: false, hasOwnRegistrations: false })).toEqual(["company"]);
  });
});

describe("sessionAttention", () => {
  it("flags a session below its minimum before anything else", () => {
    expect(sessionAttention({ placesTaken: 2, capacity: 4, minParticipants: 3 })).toBe("belowMinimum");
  });
  it("flags a session three quarters full as filling", () => {
    expect(sessionAttention({ placesTaken: 9, capacity: 12, minParticipants: 4 })).toBe("filling");
    expect(sessionAttention({ placesTaken: 8, capacity: 12, minParticipants: 4 })).toBeNull();
  });
  it("does not flag a session without a minimum that is nearly empty", () => {
    expect(sessionAttention({ placesTaken: 0, capacity: 12, minParticipants: 0 })).toBeNull();
  });
});
