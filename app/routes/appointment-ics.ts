import { data } from "react-router";
import type { Route } from "./+types/appointment-ics";
import { requestContext, servicesContext } from "~/context.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { translator } from "~/i18n/index.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { appointmentIcs } from "~/services/appointments/appointment-ics.server.ts";

/** /afspraken/:id/agenda.ics: the appointment as a calendar file, for its two sides. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  try {
    const file = await appointmentIcs(context.get(servicesContext), user, params.id);
    return new Response(file.content, {
      headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    if (error instanceof DomainError) throw data(translator(context.get(requestContext).locale)(error.message), { status: STATUS[error.kind] });
    throw error;
  }
}
