import { data } from "react-router";
import type { Route } from "./+types/schedule-file";
import { servicesContext } from "~/context.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { loadScheduleFile } from "~/services/events/load-schedule-file.server.ts";
import { throwHttpError } from "../proposal-responses.server.ts";

const FORMATS: Record<string, "ics" | "pdf"> = { "agenda.ics": "ics", "rooster.pdf": "pdf" };

/** A schedule as a calendar file or a PDF. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = requireUser(context, request);
  const format = FORMATS[params.file];
  if (!format) throw data("Niet gevonden", { status: 404 });
  try {
    const file = await loadScheduleFile(context.get(servicesContext), actor, params.slug, params.orgSlug, format);
    const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
    return new Response(body, {
      headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    throwHttpError(error, context);
  }
}
