import { amsterdamDate } from "../common/time.ts";

/**
 * Impact of a network, computed from what happened (never typed in): appointments that took
 * place, course registrations marked attended, event visits with attendance. Pure functions over
 * plain rows; services/impact fetches the rows scoped to one network.
 */

/** "2026-2027" for any ISO date (YYYY-MM-DD…) from 1 Aug 2026 to 31 Jul 2027. */
export function schoolYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const start = month >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export const HAPPENED_STATES = ["took_place", "evaluated"] as const;

export type AppointmentRow = {
  id: string;
  requestId: string | null;
  /** Offer kind: "bedrijfsbezoek" counts as a visit, every other kind as a guest lesson. */
  kind: string;
  state: string;
  /** The day it took place (ISO); null when it never got a date. */
  date: string | null;
  schoolId: string;
  providerId: string;
  /** "company" for employers; providers (training institutes) are not employers. */
  providerKind: string;
  pupilsReached: number | null;
  level: string | null;
  groups: number | null;
  /** The school's evaluation ticked all four marks of a meaningful encounter. */
  allFourMarks: boolean;
};

export type RegistrationRow = { id: string; status: string; sessionDate: string };

export type EventVisitRow = {
  groupId: string;
  eventDate: string;
  schoolId: string;
  /** Null while the group has no visit assigned. */
  hostId: string | null;
  level: string;
  present: boolean;
  pupilsPresent: number | null;
  /** When the visit begins, Amsterdam wall clock: its window's date and start, else the event's first day at "00:00". */
  visitDate: string;
  visitTime: string;
};

/**
 * A visit took place when it was marked present and its start has passed. Attendance recorded
 * ahead of the visit (before the events area refused it) is a promise, not an impact.
 */
export function visitTookPlace(v: Pick<EventVisitRow, "present" | "visitDate" | "visitTime">, now: Date): boolean {
  if (!v.present) return false;
  const startsAt = amsterdamDate(v.visitDate, v.visitTime);
  return startsAt !== null && startsAt.getTime() <= now.getTime();
}

export type ImpactFigures = {
  schoolYear: string;
  guestLessons: number;
  companyVisits: number;
  eventVisits: number;
  pupilsReached: number;
  activeSchools: number;
  activeCompanies: number;
  employeesTrained: number;
  eventAttendance: number;
};

export const FIGURE_KEYS = [
  "guestLessons",
  "companyVisits",
  "eventVisits",
  "pupilsReached",
  "activeSchools",
  "activeCompanies",
  "employeesTrained",
  "eventAttendance",
] as const satisfies readonly (keyof ImpactFigures)[];

export function happened(a: Pick<AppointmentRow, "state" | "date">): a is typeof a & { date: string } {
  return (HAPPENED_STATES as readonly string[]).includes(a.state) && a.date !== null;
}

/**
 * Figures per school year, newest year first. Pupils reached = pupils the appointments report as
 * reached plus pupils present at event visits; active schools and companies = organisations with
 * at least one appointment that took place or one attended event visit that year (companies: an
 * employer on the providing side of an appointment, or a host at an event).
 */
export function aggregateImpact(input: {
  appointments: readonly AppointmentRow[];
  registrations: readonly RegistrationRow[];
  eventVisits: readonly EventVisitRow[];
  now: Date;
}): ImpactFigures[] {
  const years = new Map<string, ImpactFigures & { schools: Set<string>; companies: Set<string> }>();
  const year = (y: string) => {
    let f = years.get(y);
    if (!f) {
      f = {
        schoolYear: y,
        guestLessons: 0,
        companyVisits: 0,
        eventVisits: 0,
        pupilsReached: 0,
        activeSchools: 0,
        activeCompanies: 0,
        employeesTrained: 0,
        eventAttendance: 0,
        schools: new Set(),
        companies: new Set(),
      };
      years.set(y, f);
    }
    return f;
  };
  for (const a of input.appointments) {
    if (!happened(a)) continue;
    const f = year(schoolYearOf(a.date));
    if (a.kind === "bedrijfsbezoek") f.companyVisits++;
    else f.guestLessons++;
    f.pupilsReached += a.pupilsReached ?? 0;
    f.schools.add(a.schoolId);
    // Training providers deliver lessons too, but "companies active" counts employers.
    if (a.providerKind === "company") f.companies.add(a.providerId);
  }
  for (const r of input.registrations) {
    if (r.status === "attended") year(schoolYearOf(r.sessionDate)).employeesTrained++;
  }
  for (const v of input.eventVisits) {
    if (!visitTookPlace(v, input.now)) continue;
    const f = year(schoolYearOf(v.eventDate));
    f.eventVisits++;
    f.eventAttendance += v.pupilsPresent ?? 0;
    f.pupilsReached += v.pupilsPresent ?? 0;
    f.schools.add(v.schoolId);
    if (v.hostId) f.companies.add(v.hostId);
  }
  return [...years.values()]
    .map(({ schools, companies, ...f }) => ({ ...f, activeSchools: schools.size, activeCompanies: companies.size }))
    .sort((a, b) => b.schoolYear.localeCompare(a.schoolYear));
}

/** A request as the ledger sees it: the groups a school asked for, at one level, in one school year. */
export type LedgerRequestRow = { id: string; schoolId: string; level: string; groups: number; date: string; cancelled: boolean };

export type LedgerCell = { schoolId: string; level: string; schoolYear: string; groupsKnown: number; groupsReached: number };

/**
 * An appointment is a meaningful encounter (Gatsby benchmark 5) when it took place with an
 * employer (a company, not a training provider) and the teacher's evaluation ticked all four marks:
 * clear purpose, learning goals, two-way interaction, reflection afterwards.
 */
export function isMeaningfulEncounter(a: AppointmentRow): boolean {
  return happened(a) && a.providerKind === "company" && a.allFourMarks;
}

/**
 * The encounter ledger per school × level × school year. Groups are not identified across
 * sources, so each source brings its own: a (not cancelled) request brings its number of groups,
 * reached when any of its appointments was a meaningful encounter; an appointment without a
 * request brings its own groups (at least one); an event group is one group, reached when it
 * was present at a visit that has begun. A request's level and year are its own; an appointment
 * without a request uses its level and date.
 */
export function encounterLedger(input: {
  requests: readonly LedgerRequestRow[];
  appointments: readonly AppointmentRow[];
  eventVisits: readonly EventVisitRow[];
  now: Date;
}): LedgerCell[] {
  const cells = new Map<string, LedgerCell>();
  const add = (schoolId: string, level: string, date: string, known: number, reached: number) => {
    const schoolYear = schoolYearOf(date);
    const key = `${schoolId}|${level}|${schoolYear}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { schoolId, level, schoolYear, groupsKnown: 0, groupsReached: 0 }));
    cell.groupsKnown += known;
    cell.groupsReached += reached;
  };
  const meaningfulRequests = new Set<string>();
  for (const a of input.appointments) {
    if (a.requestId && isMeaningfulEncounter(a)) meaningfulRequests.add(a.requestId);
  }
  const knownRequests = new Set(input.requests.map((r) => r.id));
  for (const r of input.requests) {
    if (r.cancelled) continue;
    const groups = Math.max(1, r.groups);
    add(r.schoolId, r.level, r.date, groups, meaningfulRequests.has(r.id) ? groups : 0);
  }
  for (const a of input.appointments) {
    if (a.requestId && knownRequests.has(a.requestId)) continue;
    if (!a.level || !a.date) continue;
    const groups = Math.max(1, a.groups ?? 1);
    add(a.schoolId, a.level, a.date, groups, isMeaningfulEncounter(a) ? groups : 0);
  }
  for (const v of input.eventVisits) add(v.schoolId, v.level, v.eventDate, 1, visitTookPlace(v, input.now) ? 1 : 0);
  return [...cells.values()].sort(
    (a, b) => b.schoolYear.localeCompare(a.schoolYear) || a.schoolId.localeCompare(b.schoolId) || a.level.localeCompare(b.level),
  );
}

/** The cells no employer has reached yet: what a coordinator acts on. */
export function unreached<T extends LedgerCell>(cells: readonly T[]): T[] {
  return cells.filter((c) => c.groupsReached === 0);
}
