import type { Route } from "./+types/example";
import { servicesContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { exportImportExample } from "~/services/monitor/export-import-example.server.ts";

/** /netwerken/:slug/monitor/voorbeeld.csv: an example file the import accepts, for those who may import. */
export const loader = routeDownload(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const example = await exportImportExample(context.get(servicesContext), user, { slug: slugParam(params.slug) });
  return new Response(example.content, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${example.filename}"`,
      "cache-control": "private, no-store",
    },
  });
});
