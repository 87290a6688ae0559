import type { Route } from "./+types/report";
import { servicesContext } from "~/context.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { exportProgrammeReport } from "~/services/programmes/export-programme-report.server.ts";
import { routeDownload } from "~/lib/route.server.ts";

const TYPES = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** The programme report for funders, as /programmas/:slug/rapportage.pdf or .xlsx. */
export const loader = routeDownload(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const format = new URL(request.url).pathname.endsWith(".xlsx") ? "xlsx" : "pdf";
  const services = context.get(servicesContext);
  const report = await exportProgrammeReport(services, user, { slug: params.slug, format });
  return new Response(new Uint8Array(report.content), {
    headers: {
      "content-type": TYPES[format],
      "content-disposition": `attachment; filename="${report.filename}"`,
      "cache-control": "private, no-store",
    },
  });
});
