import type { Route } from "./+types/export";
import { servicesContext } from "~/context.ts";
import { domainErrorResponse, requireUser } from "~/services/auth/require.server.ts";
import { exportRegistrations } from "~/services/courses/export-registrations.server.ts";

/** A session's registrations as a CSV or XLSX download. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  if (params.kind !== "csv" && params.kind !== "xlsx") throw new Response("Onbekend formaat.", { status: 404 });
  try {
    const file = await exportRegistrations(context.get(servicesContext), user, params.slug, params.id, params.kind);
    return new Response(new Uint8Array(file.body), {
      headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    throw domainErrorResponse(error);
  }
}
