/**
 * The accessibility statement (toegankelijkheidsverklaring) in the government's model
 * (digitoegankelijk.nl): the standard, the compliance status A–E, how the site was researched,
 * its known limitations and where to complain. The facts are kept here as data; the status
 * follows from them by the model's own rule (`complianceStatus`), never typed in by hand.
 */

/** A: fully compliant · B: partly · C: first measures taken · D: no measures · E: no statement. */
export type ComplianceStatus = "A" | "B" | "C" | "D" | "E";

/** What the model's fill-in assistant asks to decide the status. */
export type StatementFacts = {
  hasStatement: boolean;
  /** A complete WCAG-EM research of every part of the site (also behind sign-in, and files), by an expert. */
  completeResearchOn: string | null;
  /** Of the 50 success criteria of WCAG 2.1 A and AA (EN 301 549), how many the research found not met. */
  criteriaNotMet: number | null;
  /** The date by which a complete research is planned, if it is. */
  researchPlannedBy: string | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** A research counts for three years; a planned one only when it is within six months of the statement. */
const RESEARCH_VALID_YEARS = 3;
const PLANNED_WITHIN_MONTHS = 6;

function addMonths(date: string, months: number): Date {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** The status the model gives these facts on `today` (YYYY-MM-DD), as in digitoegankelijk.nl's table. */
export function complianceStatus(facts: StatementFacts, today: string): ComplianceStatus {
  if (!facts.hasStatement) return "E";
  const now = new Date(`${today}T00:00:00Z`).getTime();
  const researchValid =
    facts.completeResearchOn !== null && facts.criteriaNotMet !== null && addMonths(facts.completeResearchOn, 12 * RESEARCH_VALID_YEARS).getTime() > now;
  if (researchValid) return facts.criteriaNotMet === 0 ? "A" : "B";
  const planned =
    facts.researchPlannedBy !== null &&
    new Date(`${facts.researchPlannedBy}T00:00:00Z`).getTime() >= now - DAY_MS &&
    new Date(`${facts.researchPlannedBy}T00:00:00Z`).getTime() <= addMonths(today, PLANNED_WITHIN_MONTHS).getTime();
  return planned ? "C" : "D";
}

/** Technohub's own statement: what was done, what is known not to work yet. Dates are YYYY-MM-DD. */
export const TECHNOHUB_STATEMENT = {
  standard: "WCAG 2.1 AA (EN 301 549)",
  /** When the statement was drawn up and last reviewed. */
  statedOn: "2026-12-06",
  facts: {
    hasStatement: true,
    completeResearchOn: null,
    criteriaNotMet: null,
    researchPlannedBy: "2027-06-01",
  } satisfies StatementFacts,
  /** How the site was checked so far: message keys under about.statement.method.* */
  methods: ["automated", "secondEngine", "keyboard", "narrow", "noScript"],
  /** Known limitations: message keys under about.statement.limitation.* (what, why, the alternative). */
  limitations: ["map", "chart", "pdf", "editorContent"],
  /** How soon a question or complaint is answered, in working days. */
  answerWithinWorkingDays: 5,
} as const;
