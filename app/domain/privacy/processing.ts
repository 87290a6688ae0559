import { RETENTION_RULES, type RetentionKey, type RetentionRule } from "./retention.ts";

/**
 * The register of processing (AVG art. 30) as the privacy page and a network's summary show it:
 * what Technohub processes about people, for what, on which basis of AVG art. 6, and how long
 * (the retention rules that apply, from retention.ts, so the page cannot promise one period
 * while the job enforces another). The texts are message keys in app/i18n/messages/privacy.ts:
 * `privacy.activity.<key>.data`, `.purpose`, `.kept`.
 */
export const LAWFUL_BASES = ["contract", "legitimateInterest", "legalObligation", "consent"] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

/** AVG art. 6(1) point per basis: b, f, c, a. */
export const BASIS_ARTICLE: Record<LawfulBasis, string> = { contract: "6(1)(b)", legitimateInterest: "6(1)(f)", legalObligation: "6(1)(c)", consent: "6(1)(a)" };

export type ProcessingActivity = {
  key: string;
  basis: LawfulBasis;
  /** The retention rules of retention.ts that limit this data beyond the account's own lifetime. */
  retention: readonly RetentionKey[];
  /** Whether the data lives as long as the account (deleted with it on /account). */
  untilAccountDeleted: boolean;
};

export const PROCESSING_ACTIVITIES: readonly ProcessingActivity[] = [
  { key: "account", basis: "contract", retention: ["sessions", "verifications"], untilAccountDeleted: true },
  { key: "membership", basis: "legitimateInterest", retention: [], untilAccountDeleted: true },
  { key: "offerContacts", basis: "legitimateInterest", retention: ["offerContacts"], untilAccountDeleted: false },
  { key: "vog", basis: "legitimateInterest", retention: ["vogStatements"], untilAccountDeleted: false },
  { key: "messages", basis: "contract", retention: ["inbox", "appointmentMessages"], untilAccountDeleted: true },
  { key: "mail", basis: "contract", retention: ["mailOutbox"], untilAccountDeleted: false },
  { key: "registrations", basis: "contract", retention: [], untilAccountDeleted: true },
  { key: "webhooks", basis: "contract", retention: ["webhookDeliveries"], untilAccountDeleted: false },
  { key: "security", basis: "legitimateInterest", retention: ["signInThrottle", "apiRateLimit"], untilAccountDeleted: false },
  { key: "audit", basis: "legitimateInterest", retention: ["auditLog"], untilAccountDeleted: false },
];

/** What is never processed: pupils' personal data (classes are counts and levels only), VOG certificates themselves. */
export const NEVER_PROCESSED = ["pupils", "vogCertificate"] as const;

/** The processors an installation uses (named generically: the operator fills in the companies). */
export const PROCESSORS = ["hosting", "mail", "geocoder"] as const;

export function rulesOf(activity: ProcessingActivity): RetentionRule[] {
  return activity.retention.map((key) => RETENTION_RULES.find((r) => r.key === key)!).filter(Boolean);
}

/** A retention period as a message key and its count: "{count} dagen" or "{count} schooljaren". */
export function periodText(rule: RetentionRule): { key: string; count: number } {
  if (!("days" in rule.period)) return { key: "privacy.period.schoolYears", count: rule.period.schoolYears };
  const { days } = rule.period;
  // "5 jaar" reads better than "1825 dagen"; a year is 365 days in the rules.
  return days >= 365 && days % 365 === 0 ? { key: "privacy.period.years", count: days / 365 } : { key: "privacy.period.days", count: days };
}

const ruleView = (r: RetentionRule) => ({ key: r.key, table: r.table, action: r.action, period: periodText(r) });

/** What the privacy statement and every network's summary say: the register with its periods, and whom to ask. */
export function privacyStatement(contactEmail: string | null) {
  return {
    activities: PROCESSING_ACTIVITIES.map((a) => ({ key: a.key, basis: a.basis, untilAccountDeleted: a.untilAccountDeleted, rules: rulesOf(a).map(ruleView) })),
    rules: RETENTION_RULES.map(ruleView),
    never: [...NEVER_PROCESSED],
    processors: [...PROCESSORS],
    contactEmail,
  };
}

export type PrivacyStatement = ReturnType<typeof privacyStatement>;
