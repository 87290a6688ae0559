import type { Route } from "./+types/schedule-file";
import { servicesContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { exportSchedule } from "~/services/events/export-schedule.server.ts";
import { routeDownload } from "~/lib/route.server.ts";

const FORMATS: Record<string, "ics" | "pdf"> = { "agenda.ics": "ics", "rooster.pdf": "pdf" };

/** A schedule as a calendar file or a PDF. */
export const loader = routeDownload(async ({ request, params, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const format = Object.hasOwn(FORMATS, params.file) ? FORMATS[params.file] : undefined;
  if (!format) throw notFound();
  const file = await exportSchedule(context.get(servicesContext), actor, { slug: params.slug, orgSlug: params.orgSlug, format });
  const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
  return new Response(body, {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "private, no-store" },
  });
});
