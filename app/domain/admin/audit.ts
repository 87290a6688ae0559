import { z } from "zod";
import { isIsoDate } from "../common/time.ts";

/** A day of the period, empty for "no limit". */
const day = z
  .string()
  .trim()
  .refine((v) => v === "" || isIsoDate(v), { error: "admin.audit.dateInvalid" })
  .optional()
  .default("");

/** The search on /beheer/logboek: every filter optional, a period by dates (Amsterdam days). */
export const auditQuerySchema = z.object({
  actor: z.string().trim().max(200).optional().default(""),
  action: z.string().trim().max(100).optional().default(""),
  subject: z.string().trim().max(200).optional().default(""),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export type AuditRow = {
  at: Date;
  actorName: string;
  action: string;
  subjectType: string;
  subjectId: string;
  subjectLabel: string;
  before: unknown;
  after: unknown;
};

/**
 * The audit log as CSV that Excel in the Netherlands opens as it is: semicolons, CRLF, a byte
 * order mark, fields quoted where needed, and a leading = + - @ defused with ' so a cell is never
 * run as a formula (the before/after JSON and names are text someone else typed).
 */
export function auditCsv(rows: AuditRow[], headings: string[]): string {
  const field = (value: string) => {
    let text = value;
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [headings, ...rows.map((r) => [r.at.toISOString(), r.actorName, r.action, r.subjectType, r.subjectId, r.subjectLabel, json(r.before), json(r.after)])];
  return "\uFEFF" + lines.map((l) => l.map(field).join(";")).join("\r\n") + "\r\n";
}

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));
