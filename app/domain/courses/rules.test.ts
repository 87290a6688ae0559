import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cancellationRefusal, holdExpiry, vacancyAcceptanceRefusal, vacancyExpiry, registrationRefusal, renumberWaitlist } from "./rules.ts";

const now = new Date("2027-02-01T10:00:00Z");
const HOUR = 3_600_000;
const open = { status: "scheduled" as const, registrationDeadline: new Date(now.getTime() + HOUR), startsAt: new Date(now.getTime() + 48 * HOUR), courseStatus: "published" as const };

describe("registration rules", () => {
  it("takes registrations until and including the deadline moment", () => {
    expect(registrationRefusal(open, now)).toBeNull();
    expect(registrationRefusal(open, open.registrationDeadline)).toBeNull();
    expect(registrationRefusal(open, new Date(open.registrationDeadline.getTime() + 1))).toBe("courses.error.registrationClosed");
  });
  it("refuses cancelled sessions and unpublished courses", () => {
    expect(registrationRefusal({ ...open, status: "cancelled" }, now)).toBe("courses.error.sessionCancelled");
    expect(registrationRefusal({ ...open, courseStatus: "archived" }, now)).toBe("courses.error.courseClosed");
  });
  it("lets active registrations be cancelled until the deadline only", () => {
    expect(cancellationRefusal("confirmed", open.registrationDeadline, now)).toBeNull();
    expect(cancellationRefusal("waitlisted", open.registrationDeadline, now)).toBeNull();
    expect(cancellationRefusal("cancelled", open.registrationDeadline, now)).toBe("courses.error.registrationInactive");
    expect(cancellationRefusal("confirmed", now, new Date(now.getTime() + 1))).toBe("courses.error.cancelClosed");
  });
  it("vacancies last 48 hours; accepting after that is refused", () => {
    const expires = vacancyExpiry(now);
    expect(expires.getTime() - now.getTime()).toBe(48 * HOUR);
    expect(vacancyAcceptanceRefusal("offered", expires, expires)).toBeNull();
    expect(vacancyAcceptanceRefusal("offered", expires, new Date(expires.getTime() + 1))).toBe("courses.error.vacancyExpired");
    expect(vacancyAcceptanceRefusal("waitlisted", null, now)).toBe("courses.error.noVacancy");
  });
  it("a held place lasts 72 hours but never beyond the deadline", () => {
    expect(holdExpiry(now, new Date(now.getTime() + 100 * HOUR)).getTime()).toBe(now.getTime() + 72 * HOUR);
    expect(holdExpiry(now, new Date(now.getTime() + 5 * HOUR)).getTime()).toBe(now.getTime() + 5 * HOUR);
  });
});

describe("renumberWaitlist", () => {
  it("keeps order and numbers 1…n without gaps, whoever leaves", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(fc.boolean(), { maxLength: 40 }), (size, leaveFlags) => {
        const entries = Array.from({ length: size }, (_, i) => ({ id: i, position: i + 1 }));
        const leaving = new Set(entries.filter((_, i) => leaveFlags[i]));
        const result = renumberWaitlist(entries, leaving);
        expect(result.map((r) => r.newPosition)).toEqual(result.map((_, i) => i + 1));
        expect(result.map((r) => r.id)).toEqual(entries.filter((e) => !leaving.has(e)).map((e) => e.id));
      }),
    );
  });
});
