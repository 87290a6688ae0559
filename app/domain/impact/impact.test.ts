import { describe, expect, it } from "vitest";
import { aggregateImpact, encounterLedger, schoolYearOf, unreached, visitTookPlace, type AppointmentRow, type EventVisitRow } from "./impact.ts";

const appt = (over: Partial<AppointmentRow>): AppointmentRow => ({
  id: "a",
  requestId: null,
  kind: "gastles",
  state: "took_place",
  date: "2026-10-01",
  schoolId: "S1",
  providerId: "C1",
  providerKind: "company",
  pupilsReached: 20,
  level: "vmbo-kader",
  groups: 1,
  allFourMarks: false,
  ...over,
});

const AFTER_THE_EVENTS = new Date("2027-06-01T12:00:00Z");

describe("schoolYearOf", () => {
  it("runs from 1 August to 31 July", () => {
    expect(schoolYearOf("2026-07-31")).toBe("2025-2026");
    expect(schoolYearOf("2026-08-01")).toBe("2026-2027");
    expect(schoolYearOf("2027-01-15T10:00:00Z")).toBe("2026-2027");
    expect(schoolYearOf("2027-07-31")).toBe("2026-2027");
  });
});

describe("aggregateImpact", () => {
  it("counts what happened per school year (hand-computed)", () => {
    const visits: EventVisitRow[] = [
      { groupId: "g1", eventDate: "2027-03-10", schoolId: "S2", hostId: "C3", level: "havo", present: true, pupilsPresent: 25, visitDate: "2027-03-10", visitTime: "09:00" },
      { groupId: "g2", eventDate: "2027-03-10", schoolId: "S1", hostId: "C1", level: "vmbo-kader", present: false, pupilsPresent: null, visitDate: "2027-03-10", visitTime: "09:00" },
      { groupId: "g3", eventDate: "2027-03-10", schoolId: "S3", hostId: null, level: "havo", present: false, pupilsPresent: null, visitDate: "2027-03-10", visitTime: "09:00" },
    ];
    const figures = aggregateImpact({
      appointments: [
        appt({ id: "a1" }),
        appt({ id: "a2", kind: "bedrijfsbezoek", state: "evaluated", pupilsReached: 15, providerId: "C2", schoolId: "S2" }),
        appt({ id: "a3", state: "scheduled" }),
        appt({ id: "a4", state: "cancelled" }),
        appt({ id: "a5", date: "2026-05-01", pupilsReached: null }),
      ],
      registrations: [
        { id: "r1", status: "attended", sessionDate: "2026-11-01" },
        { id: "r2", status: "attended", sessionDate: "2026-11-01" },
        { id: "r3", status: "cancelled", sessionDate: "2026-11-01" },
        { id: "r4", status: "no_show", sessionDate: "2026-11-01" },
        { id: "r5", status: "attended", sessionDate: "2026-06-01" },
      ],
      eventVisits: visits,
      now: AFTER_THE_EVENTS,
    });
    expect(figures).toEqual([
      {
        schoolYear: "2026-2027",
        guestLessons: 1,
        companyVisits: 1,
        eventVisits: 1,
        pupilsReached: 20 + 15 + 25,
        activeSchools: 2,
        activeCompanies: 3,
        employeesTrained: 2,
        eventAttendance: 25,
      },
      {
        schoolYear: "2025-2026",
        guestLessons: 1,
        companyVisits: 0,
        eventVisits: 0,
        pupilsReached: 0,
        activeSchools: 1,
        activeCompanies: 1,
        employeesTrained: 1,
        eventAttendance: 0,
      },
    ]);
  });
});

describe("visitTookPlace", () => {
  const visit = { present: true, visitDate: "2027-03-10", visitTime: "09:00" };
  it("counts a present group only once its visit has begun (Amsterdam time)", () => {
    expect(visitTookPlace(visit, new Date("2026-12-01T10:00:00Z"))).toBe(false);
    expect(visitTookPlace(visit, new Date("2027-03-10T07:59:00Z"))).toBe(false);
    expect(visitTookPlace(visit, new Date("2027-03-10T08:00:00Z"))).toBe(true);
    expect(visitTookPlace({ ...visit, present: false }, AFTER_THE_EVENTS)).toBe(false);
  });

  it("leaves attendance recorded months ahead out of the figures and the ledger", () => {
    const early: EventVisitRow = { groupId: "g1", eventDate: "2027-03-10", schoolId: "S1", hostId: "C1", level: "havo", pupilsPresent: 25, ...visit };
    expect(aggregateImpact({ appointments: [], registrations: [], eventVisits: [early], now: new Date("2026-12-01T10:00:00Z") })).toEqual([]);
    expect(aggregateImpact({ appointments: [], registrations: [], eventVisits: [early], now: AFTER_THE_EVENTS })[0]).toMatchObject({ eventVisits: 1, eventAttendance: 25 });
    expect(encounterLedger({ requests: [], appointments: [], eventVisits: [early], now: new Date("2026-12-01T10:00:00Z") })).toEqual([
      { schoolId: "S1", level: "havo", schoolYear: "2026-2027", groupsKnown: 1, groupsReached: 0 },
    ]);
  });
});

describe("encounterLedger", () => {
  it("counts groups with a meaningful encounter per school, level and year", () => {
    const cells = encounterLedger({
      requests: [
        { id: "q1", schoolId: "S1", level: "vmbo-kader", groups: 2, date: "2026-09-01", cancelled: false },
        { id: "q2", schoolId: "S1", level: "vmbo-kader", groups: 1, date: "2026-09-15", cancelled: false },
        { id: "q3", schoolId: "S1", level: "havo", groups: 1, date: "2026-09-15", cancelled: false },
        { id: "q4", schoolId: "S2", level: "havo", groups: 3, date: "2026-09-15", cancelled: true },
      ],
      appointments: [
        appt({ id: "a1", requestId: "q1", allFourMarks: true }),
        // Three marks of four: not meaningful.
        appt({ id: "a2", requestId: "q2", allFourMarks: false }),
        // A training provider is not an employer.
        appt({ id: "a3", requestId: "q3", providerKind: "provider", allFourMarks: true }),
        // No request: its own group.
        appt({ id: "a4", schoolId: "S2", level: "mbo-2", allFourMarks: true, groups: null }),
      ],
      eventVisits: [
        { groupId: "g1", eventDate: "2027-03-10", schoolId: "S1", hostId: "C3", level: "havo", present: true, pupilsPresent: 25, visitDate: "2027-03-10", visitTime: "09:00" },
        { groupId: "g2", eventDate: "2027-03-10", schoolId: "S2", hostId: "C3", level: "havo", present: false, pupilsPresent: null, visitDate: "2027-03-10", visitTime: "09:00" },
      ],
      now: AFTER_THE_EVENTS,
    });
    expect(cells).toEqual([
      { schoolId: "S1", level: "havo", schoolYear: "2026-2027", groupsKnown: 2, groupsReached: 1 },
      { schoolId: "S1", level: "vmbo-kader", schoolYear: "2026-2027", groupsKnown: 3, groupsReached: 2 },
      { schoolId: "S2", level: "havo", schoolYear: "2026-2027", groupsKnown: 1, groupsReached: 0 },
      { schoolId: "S2", level: "mbo-2", schoolYear: "2026-2027", groupsKnown: 1, groupsReached: 1 },
    ]);
    expect(unreached(cells).map((c) => `${c.schoolId}/${c.level}`)).toEqual(["S2/havo"]);
  });
});
