import type { Actor, AppServices } from "~/context.ts";
import { managedProgrammeView } from "./helpers/programme-view.server.ts";
import { renderPdf, renderXlsx, reportFilename } from "./helpers/programme-report-files.server.ts";

/**
 * The programme report for funders as a file (PDF or XLSX), for those who run the programme. The
 * layout is in helpers/programme-report-files.
 */
export async function exportProgrammeReport(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { slug: string; format: "pdf" | "xlsx" }) {
  const view = await managedProgrammeView(services, actor, input.slug);
  const content = input.format === "pdf" ? await renderPdf(view) : await renderXlsx(view);
  return { filename: reportFilename(view, input.format), content };
}
