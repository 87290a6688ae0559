import { redirect } from "react-router";
import type { Route } from "./+types/open";
import { servicesContext } from "~/context.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { updateNotification } from "~/services/inbox/update-notification.server.ts";

/**
 * Opening an item: it is marked read and the person goes where it leads (the appointment, the
 * registration, the network). Marking twice changes nothing, so a reload or a prefetch is harmless.
 */
export const loader = routeDownload(async ({ request, context, params }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const { link } = await updateNotification(context.get(servicesContext), user, { id: params.id });
  throw redirect(link);
});
