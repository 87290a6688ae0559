import type { Actor, AppServices } from "~/context.ts";
import type { Locale } from "~/i18n/index.ts";
import { getEncounterLedger } from "./get-encounter-ledger.server.ts";
import { getNetworkImpact } from "./get-network-impact.server.ts";
import { impactPdf, impactXlsx } from "./helpers/impact-report-files.server.ts";

/**
 * A network's impact report as a file (PDF or XLSX): figures and ledger together; the ledger's
 * permission check makes the whole report coordinator-only.
 */
export async function exportImpactReport(
  services: Pick<AppServices, "db" | "clock">,
  actor: Actor,
  input: { slug: string; format: "pdf" | "xlsx"; locale?: Locale },
): Promise<{ filename: string; content: Buffer }> {
  const ledger = await getEncounterLedger(services, actor, { slug: input.slug });
  const impact = await getNetworkImpact(services, actor, { slug: input.slug });
  const report = { ...impact, ledger };
  const locale = input.locale ?? "nl";
  return input.format === "pdf" ? impactPdf(report, locale) : impactXlsx(report, locale);
}
