import type { Route } from "./+types/certificate";
import { servicesContext, userContext } from "~/context.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { exportCertificate } from "~/services/courses/export-certificate.server.ts";

/** The certificate of participation as a PDF download. */
export const loader = routeDownload(async ({ params, request, context }: Route.LoaderArgs) => {
  const token = new URL(request.url).searchParams.get("sleutel");
  const pdf = await exportCertificate(context.get(servicesContext), context.get(userContext), { registrationId: params.id, token });
  return new Response(new Uint8Array(pdf.body), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${pdf.filename}"`, "Cache-Control": "private, no-store" },
  });
});
