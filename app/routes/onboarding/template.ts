import type { Route } from "./+types/template";
import { servicesContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { notFound } from "~/domain/errors.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { exportOnboardingTemplate } from "~/services/onboarding/export-onboarding-template.server.ts";

/** /netwerken/:slug/organisaties-importeren/sjabloon/(xlsx|csv): the template to fill in, for the network's coordinators. */
export const loader = routeDownload(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const format = params.format;
  if (format !== "xlsx" && format !== "csv") throw notFound();
  const template = await exportOnboardingTemplate(context.get(servicesContext), user, { slug: slugParam(params.slug), format });
  return new Response(template.content, {
    headers: {
      "content-type": template.contentType,
      "content-disposition": `attachment; filename="${template.filename}"`,
      "cache-control": "private, no-store",
    },
  });
});
