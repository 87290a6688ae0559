import type { Route } from "./+types/appointment-ics";
import { servicesContext } from "~/context.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { exportAppointmentIcs } from "~/services/guest-lessons/export-appointment-ics.server.ts";

/** /afspraken/:id/agenda.ics: the appointment as a calendar file, for its two sides. */
export const loader = routeDownload(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const file = await exportAppointmentIcs(context.get(servicesContext), user, { appointmentId: params.id });
  return new Response(file.content, {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "private, no-store" },
  });
});
