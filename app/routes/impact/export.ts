import type { Route } from "./+types/export";
import { servicesContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { exportImpactReport } from "~/services/impact/export-impact-report.server.ts";

const TYPES = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** /netwerken/:slug/impact.pdf and .xlsx: figures and encounter ledger, for the network's coordinators. */
export const loader = routeDownload(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const slug = slugParam(params.slug);
  const format = new URL(request.url).pathname.endsWith(".xlsx") ? "xlsx" : "pdf";
  const services = context.get(servicesContext);
  const report = await exportImpactReport(services, user, { slug, format, locale: user.locale });
  return new Response(new Uint8Array(report.content), {
    headers: {
      "content-type": TYPES[format],
      "content-disposition": `attachment; filename="${report.filename}"`,
      "cache-control": "private, no-store",
    },
  });
});
