import type { Route } from "./+types/export";
import { servicesContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { exportRegistrations } from "~/services/courses/export-registrations.server.ts";

/** A session's registrations as a CSV or XLSX download. */
export const loader = routeDownload(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  if (params.kind !== "csv" && params.kind !== "xlsx") throw notFound("courses.error.exportKind");
  const file = await exportRegistrations(context.get(servicesContext), user, { slug: params.slug, sessionId: params.id, kind: params.kind });
  return new Response(new Uint8Array(file.body), {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "private, no-store" },
  });
});
