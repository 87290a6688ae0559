import { describe, expect, it } from "vitest";
import { courses as messages } from "../../i18n/messages/courses.ts";
import { COURSE_ERRORS, courseFormSchema, needFormSchema, parseEmployeeLines, sessionFormSchema } from "./forms.ts";
import { DUPLICATE_MESSAGE, EMPLOYEE_DUPLICATE_MESSAGE } from "./rules.ts";

const firstError = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  result.error?.issues.find((i) => i.path.join(".") === field)?.message;

const session = { date: "2030-03-12", startTime: "09:00", endTime: "16:30", capacity: "12", deadline: "2030-03-01" };
const need = {
  organisationId: "6f1c1d7e-8d8a-4b8e-9a51-0c2f6c1c9a11",
  topic: "lassen",
  description: "MIG/MAG",
  employeeCount: "4",
  level: "none",
  periodStart: "2030-01-01",
  periodEnd: "2030-06-30",
  preferredFormat: "no_preference",
};

describe("session form", () => {
  it("takes a real session", () => {
    expect(sessionFormSchema.safeParse(session).success).toBe(true);
  });
  it("refuses impossible dates and times beside their fields", () => {
    expect(firstError(sessionFormSchema.safeParse({ ...session, date: "2030-02-30" }), "date")).toBe(COURSE_ERRORS.date);
    expect(firstError(sessionFormSchema.safeParse({ ...session, deadline: "2030-13-01" }), "deadline")).toBe(COURSE_ERRORS.deadline);
    expect(firstError(sessionFormSchema.safeParse({ ...session, endDate: "2030-04-31" }), "endDate")).toBe(COURSE_ERRORS.endDate);
    expect(firstError(sessionFormSchema.safeParse({ ...session, startTime: "25:99" }), "startTime")).toBe(COURSE_ERRORS.startTime);
    expect(firstError(sessionFormSchema.safeParse({ ...session, endTime: "24:00" }), "endTime")).toBe(COURSE_ERRORS.endTime);
  });
  it("refuses huge, negative, fractional and non-numbers", () => {
    for (const capacity of ["1e309", "1e3", "-1", "0", "1.5", "NaN", "0x10", "99999999999", "1001", ["1", "2"]]) {
      expect(firstError(sessionFormSchema.safeParse({ ...session, capacity }), "capacity")).toBe(COURSE_ERRORS.capacity);
    }
  });
});

describe("course form", () => {
  const course = {
    providerId: "6f1c1d7e-8d8a-4b8e-9a51-0c2f6c1c9a11",
    title: "Lassen",
    summary: "Kort",
    topics: ["lassen"],
    targetGroups: ["werknemers"],
    level: "none",
    format: "online",
  };
  it("bounds the price to what a course costs (and int4 holds)", () => {
    expect(courseFormSchema.safeParse({ ...course, price: "100.000" }).success).toBe(true);
    for (const price of ["100000,01", "99999999999", "-5", "1e9"]) expect(firstError(courseFormSchema.safeParse({ ...course, price }), "price")).toBe(COURSE_ERRORS.price);
  });
  it("gives message keys, not sentences", () => {
    const result = courseFormSchema.safeParse({ providerId: "x", title: "a".repeat(201) });
    expect(firstError(result, "providerId")).toBe(COURSE_ERRORS.provider);
    expect(firstError(result, "title")).toBe(COURSE_ERRORS.tooLong(200));
  });
});

describe("need form", () => {
  it("refuses impossible dates and bounds the number of employees", () => {
    expect(needFormSchema.safeParse(need).success).toBe(true);
    expect(firstError(needFormSchema.safeParse({ ...need, periodStart: "2030-02-30" }), "periodStart")).toBe(COURSE_ERRORS.needPeriodStart);
    expect(firstError(needFormSchema.safeParse({ ...need, employeeCount: "1e309" }), "employeeCount")).toBe(COURSE_ERRORS.needEmployees);
    expect(firstError(needFormSchema.safeParse({ ...need, employeeCount: "10001" }), "employeeCount")).toBe(COURSE_ERRORS.needEmployees);
  });
});

describe("employee lines", () => {
  it("names the first bad line", () => {
    expect(parseEmployeeLines("Jan, jan@example.nl\nkees")).toEqual({ ok: false, message: COURSE_ERRORS.employeeLine, line: 2 });
  });
});

const courses: { nl: Record<string, string>; en: Record<string, string> } = messages;

describe("messages", () => {
  it("every refusal key has Dutch and English text", () => {
    const keys = Object.values(COURSE_ERRORS).flatMap((v) => (typeof v === "function" ? ([100, 200, 300, 3000, 10000] as const).map(v) : [v]));
    for (const key of [...keys, DUPLICATE_MESSAGE, EMPLOYEE_DUPLICATE_MESSAGE]) {
      expect(courses.nl[key], key).toBeTruthy();
      expect(courses.en[key], key).toBeTruthy();
    }
  });
  it("no English refusal text is the Dutch one", () => {
    for (const key of Object.keys(courses.nl).filter((k) => k.includes(".error."))) expect(courses.en[key], key).not.toBe(courses.nl[key]);
  });
});
