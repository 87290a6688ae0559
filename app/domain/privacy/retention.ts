import { addDays, amsterdamDate, amsterdamToday } from "../common/time.ts";

/**
 * How long Technohub keeps each kind of personal data, in one list: the privacy page shows it,
 * the administrator's page shows it, and the daily retention job (services/privacy) enforces it.
 * A period is counted in days, or in whole school years (1 August to 31 July) where people think
 * in school years: a message of March 2024 belongs to school year 2023-2024 and goes once two
 * whole school years have followed it, i.e. on 1 August 2026.
 */
export const RETENTION_KEYS = [
  "sessions",
  "verifications",
  "signInThrottle",
  "apiRateLimit",
  "mailOutbox",
  "webhookDeliveries",
  "inbox",
  "appointmentMessages",
  "offerContacts",
  "vogStatements",
  "auditLog",
] as const;
export type RetentionKey = (typeof RETENTION_KEYS)[number];

export type RetentionPeriod = { days: number } | { schoolYears: number };

export type RetentionRule = {
  key: RetentionKey;
  /** The table the rule acts on (what the administrator's page names). */
  table: string;
  /** What is counted from: a row's end (expired, delivered, archived) or its creation. */
  period: RetentionPeriod;
  /** delete: the row goes; anonymise: the row stays (figures, history) without the person's details. */
  action: "delete" | "anonymise";
};

export const RETENTION_RULES: readonly RetentionRule[] = [
  // Sign-in: gone once it can no longer be used (a week's margin for a clock a little off).
  { key: "sessions", table: "session", period: { days: 7 }, action: "delete" },
  { key: "verifications", table: "verification", period: { days: 7 }, action: "delete" },
  { key: "signInThrottle", table: "sign_in_throttle", period: { days: 30 }, action: "delete" },
  { key: "apiRateLimit", table: "api_rate_limit", period: { days: 1 }, action: "delete" },
  // Mail: kept for three months so a complaint ("I never got it") can be answered.
  { key: "mailOutbox", table: "mail_outbox", period: { days: 90 }, action: "delete" },
  { key: "webhookDeliveries", table: "webhook_delivery", period: { days: 30 }, action: "delete" },
  // Messages between people: two whole school years, the time a co-operation is looked back on.
  { key: "inbox", table: "notification", period: { schoolYears: 2 }, action: "delete" },
  { key: "appointmentMessages", table: "appointment_message", period: { schoolYears: 2 }, action: "delete" },
  // A contact named on an offer that ended (archived) a year ago: the offer stays for the figures, the person does not.
  { key: "offerContacts", table: "offer", period: { days: 365 }, action: "anonymise" },
  // A VOG statement a year past its end date says nothing any more.
  { key: "vogStatements", table: "offer", period: { days: 365 }, action: "anonymise" },
  // Accountability of administrators' and coordinators' decisions: five years.
  { key: "auditLog", table: "audit_log", period: { days: 5 * 365 }, action: "delete" },
];

/** 1 August (Amsterdam) of the school year `now` falls in. */
export function schoolYearStart(now: Date): string {
  const today = amsterdamToday(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return `${month >= 8 ? year : year - 1}-08-01`;
}

/**
 * The moment before which a row of this rule has passed its period. For school years: the start
 * of the school year `schoolYears` before the current one (rows from before it have seen that
 * many whole school years pass).
 */
export function retentionCutoff(rule: RetentionRule, now: Date): Date {
  if ("days" in rule.period) return new Date(now.getTime() - rule.period.days * 86_400_000);
  const start = schoolYearStart(now);
  const year = Number(start.slice(0, 4)) - rule.period.schoolYears;
  return amsterdamDate(`${year}-08-01`) as Date;
}

/** The same cutoff as a calendar date, for rules over date columns (a VOG's end date). */
export function retentionCutoffDate(rule: RetentionRule, now: Date): string {
  if ("days" in rule.period) return addDays(amsterdamToday(now), -rule.period.days);
  return amsterdamToday(retentionCutoff(rule, now));
}

export function retentionRule(key: RetentionKey): RetentionRule {
  return RETENTION_RULES.find((r) => r.key === key) as RetentionRule;
}

export type RemovedCounts = Partial<Record<RetentionKey, number>>;

export function totalRemoved(counts: RemovedCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
}
