import { data } from "react-router";
import type { Route } from "./+types/calendar-feed";
import { servicesContext } from "~/context.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { calendarFeed } from "~/services/appointments/calendar-feed.server.ts";

/** /agenda/:file: a user's private feed (the file name is the secret token plus ".ics"). No session: calendar apps have none. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const token = params.file.endsWith(".ics") ? params.file.slice(0, -4) : "";
  try {
    const ics = await calendarFeed(context.get(servicesContext), token);
    return new Response(ics, {
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, max-age=900", "X-Robots-Tag": "noindex" },
    });
  } catch (error) {
    if (error instanceof DomainError) throw data("Niet gevonden", { status: STATUS[error.kind] });
    throw error;
  }
}
