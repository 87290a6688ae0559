import { z } from "zod";
import type { Route } from "./+types/saml-metadata";
import { servicesContext, userContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { getSamlMetadata } from "~/services/account/get-saml-metadata.server.ts";

const querySchema = z.object({ providerId: z.string().min(1).max(200) });

/**
 * Our SAML service provider's metadata for one IdP; its address is our entity id there. Served
 * here instead of by the SSO plugin so it carries our signing certificate (ADR 033).
 */
export const loader = routeDownload(async ({ request, context }: Route.LoaderArgs) => {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw notFound();
  const { providerId } = parsed.data;
  const xml = await getSamlMetadata(context.get(servicesContext), context.get(userContext), { providerId });
  return new Response(xml, { headers: { "content-type": "application/samlmetadata+xml; charset=utf-8" } });
});
