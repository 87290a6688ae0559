/**
 * What waits for a person on their home page, and in which order. Pure rules: the service reads
 * the records, these functions decide who sees which section and how urgent each item is.
 */
import { addDays, amsterdamToday } from "../common/time.ts";

/** The hats one person can wear at once; each gets its own section on the home page. */
export const HOME_ROLES = ["coordinator", "teacher", "company", "provider", "employee", "administrator"] as const;
export type HomeRole = (typeof HOME_ROLES)[number];

/** Every kind of item the home page can show; its texts are `home.item.<kind>` in app/i18n/messages/home.ts. */
export const PENDING_KINDS = [
  // teacher
  "requestSuggestion",
  "appointmentAccepted",
  "appointmentDeclined",
  "appointmentUpcoming",
  "evaluationDue",
  "eventGroup",
  // company contact and provider (both publish offers and answer requests)
  "appointmentToAnswer",
  "appointmentToSchedule",
  "offerDraft",
  "offerPublished",
  "eventSlot",
  "eventHostOpen",
  "employeeRegistration",
  "trainingNeed",
  // provider
  "sessionBelowMinimum",
  "sessionFilling",
  "needMatch",
  // coordinator
  "proposal",
  "joinRequest",
  "requestEscalated",
  "appointmentOverdue",
  "event",
  "milestoneLate",
  // employee
  "vacancy",
  "confirmPlace",
  "registration",
  // platform administrator (each links into /beheer)
  "organisationUnverified",
  "networkWithoutCoordinator",
  "auditDecisions",
  "accountsBlocked",
] as const;
export type PendingKind = (typeof PENDING_KINDS)[number];

export type PendingItem = {
  /** Unique within the page (the record's id with its kind). */
  key: string;
  kind: PendingKind;
  /** The record's own name (a request's title, a course, an event). */
  title: string;
  /** Where it is acted on: an existing page. */
  href: string;
  /** When it must be done or happens: an ISO date ("2027-03-12") or moment. Null: no date. */
  due: string | null;
  /** Waiting on this person (an answer, a decision, a confirmation) rather than news for them. */
  action: boolean;
  /** When the thing itself happens, where that differs from `due` (a course session with its deadline). */
  startsAt?: string;
  /** A variant of the kind's text (a registration's or an event's status). */
  state?: string;
  /** A number the text names (places taken, groups entered); texts pick the plural by it. */
  count?: number;
  /** A second number (capacity, minimum) some texts name. */
  of?: number;
};

export type Urgency = "overdue" | "today" | "soon" | "later" | "undated";

/** Within this many days a date counts as soon. */
export const SOON_DAYS = 7;

/**
 * A decision someone asked for (a proposal, a join request) has no deadline of its own; a week
 * after it was asked it counts as late, so old questions rise to the top.
 */
export const DECISION_DAYS = 7;

/** A school evaluates a lesson within two weeks of it; after that the evaluation is overdue. */
export const EVALUATION_DAYS = 14;

/** The Amsterdam calendar date of a due value (a date stays as it is; a moment is converted). */
export function dueDate(due: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : amsterdamToday(new Date(due));
}

export function urgencyOf(due: string | null, now: Date): Urgency {
  if (due === null) return "undated";
  const today = amsterdamToday(now);
  const day = dueDate(due);
  if (day < today) return "overdue";
  // A moment later today is still today, a moment earlier today is past.
  if (day === today) return due.length > 10 && new Date(due).getTime() < now.getTime() ? "overdue" : "today";
  return day <= addDays(today, SOON_DAYS) ? "soon" : "later";
}

const URGENCY_RANK: Record<Urgency, number> = { overdue: 0, today: 1, soon: 2, later: 3, undated: 4 };

/**
 * Most urgent first: overdue, today, this week, later, undated. Within a band what waits on the
 * person comes before what is only news, then the earliest date, then the title (a stable order).
 */
export function orderByUrgency<T extends PendingItem>(items: readonly T[], now: Date): (T & { urgency: Urgency })[] {
  return items
    .map((item) => ({ ...item, urgency: urgencyOf(item.due, now) }))
    .sort(
      (a, b) =>
        URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
        Number(b.action) - Number(a.action) ||
        compareDue(a.due, b.due) ||
        a.title.localeCompare(b.title, "nl") ||
        a.key.localeCompare(b.key),
    );
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return timeOf(a) - timeOf(b);
}

function timeOf(due: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(due) ? Date.parse(`${due}T00:00:00Z`) : Date.parse(due);
}

/** What the records say about a person, enough to know which hats they wear. */
export type RoleFacts = {
  organisationKinds: readonly string[];
  coordinatesNetworks: boolean;
  hasOwnRegistrations: boolean;
  /** Holds the platform's administrator role (what waits for them is in /beheer). */
  platformAdmin?: boolean;
};

/**
 * A school's member is a teacher, a company's a company contact, a provider's a provider; someone
 * who coordinates a network is a coordinator; someone with a course place of their own is an
 * employee. One person can be several at once; the order is the home page's.
 */
export function homeRolesOf(facts: RoleFacts): HomeRole[] {
  const held = new Set<HomeRole>();
  if (facts.coordinatesNetworks) held.add("coordinator");
  if (facts.organisationKinds.includes("school")) held.add("teacher");
  if (facts.organisationKinds.includes("company")) held.add("company");
  if (facts.organisationKinds.includes("provider")) held.add("provider");
  if (facts.hasOwnRegistrations) held.add("employee");
  if (facts.platformAdmin) held.add("administrator");
  return HOME_ROLES.filter((r) => held.has(r));
}

/** The audit-log decisions of this many days past are summed up on an administrator's home. */
export const RECENT_DECISION_DAYS = 7;

/** A session is filling when this share of its places is taken (and it is not yet full). */
export const FILLING_SHARE = 0.75;

/** How a provider's upcoming session stands: below its minimum, filling up, or neither. */
export function sessionAttention(session: { placesTaken: number; capacity: number; minParticipants: number }): "belowMinimum" | "filling" | null {
  if (session.minParticipants > 0 && session.placesTaken < session.minParticipants) return "belowMinimum";
  if (session.capacity > 0 && session.placesTaken >= session.capacity * FILLING_SHARE) return "filling";
  return null;
}
