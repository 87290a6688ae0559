import type { Route } from "./+types/account-data";
import { servicesContext } from "~/context.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { exportPersonalData } from "~/services/account/export-personal-data.server.ts";
import { routeDownload } from "~/lib/route.server.ts";

/** "Mijn gegevens downloaden": everything we hold about the signed-in person, as a JSON file. */
export const loader = routeDownload(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const personalData = await exportPersonalData(services, user);
  const day = services.clock.now().toISOString().slice(0, 10);
  return new Response(JSON.stringify(personalData, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="technohub-mijn-gegevens-${day}.json"`,
      "cache-control": "no-store",
    },
  });
});
