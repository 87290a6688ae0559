import type { Route } from "./+types/export";
import { servicesContext } from "~/context.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { exportAssignment } from "~/services/events/export-assignment.server.ts";
import { routeDownload } from "~/lib/route.server.ts";

/** The coordinator's XLSX of the whole assignment. */
export const loader = routeDownload(async ({ request, params, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const file = await exportAssignment(context.get(servicesContext), actor, { slug: params.slug });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
