import type { Route } from "./+types/export";
import { servicesContext } from "~/context.ts";
import { domainErrorResponse, requireUser } from "~/services/auth/require.server.ts";
import { impactReportPdf, impactReportXlsx } from "~/services/impact/impact-report.server.ts";

const TYPES = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** /netwerken/:slug/impact.pdf and .xlsx: figures and encounter ledger, for the network's coordinators. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const format = new URL(request.url).pathname.endsWith(".xlsx") ? "xlsx" : "pdf";
  try {
    const services = context.get(servicesContext);
    const report = format === "pdf" ? await impactReportPdf(services, user, params.slug, user.locale) : await impactReportXlsx(services, user, params.slug, user.locale);
    return new Response(new Uint8Array(report.content), {
      headers: {
        "content-type": TYPES[format],
        "content-disposition": `attachment; filename="${report.filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    throw domainErrorResponse(error);
  }
}
