import { redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/saml-logout";
import { servicesContext, userContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { verifySamlLogoutRequest } from "~/services/account/verify-saml-logout-request.server.ts";
import { confirmSamlSignOut } from "~/services/account/confirm-saml-sign-out.server.ts";

const paramsSchema = z.object({ providerId: z.string().min(1).max(200) });

/**
 * Our SAML single logout service (/api/auth/sso/saml2/sp/slo/:providerId), named in our SP
 * metadata. The IdP's LogoutResponse to our sign-out's request is ours to check (ADR 033); a
 * LogoutRequest the IdP starts goes to better-auth's SSO plugin once its signature is checked here.
 */
async function singleLogout(request: Request, context: Route.LoaderArgs["context"], params: Route.LoaderArgs["params"], form: FormData | null) {
  const services = context.get(servicesContext);
  const url = new URL(request.url);
  const query = Object.fromEntries(url.searchParams);
  const body = form ? Object.fromEntries([...form].filter((field): field is [string, string] => typeof field[1] === "string")) : null;
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) throw notFound();
  const { providerId } = parsed.data;
  const input = { providerId, rawQuery: url.search, query, body };
  if (query.SAMLResponse === undefined && body?.SAMLResponse === undefined) {
    // The IdP's own LogoutRequest: the plugin ends the sessions, once we know the IdP signed it.
    const started = query.SAMLRequest !== undefined || body?.SAMLRequest !== undefined;
    // Neither message: nothing for us or the plugin to act on (the plugin would redirect home with an error).
    if (!started || !(await verifySamlLogoutRequest(services, context.get(userContext), input))) {
      return new Response("Bad Request", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    return services.auth.handler(request);
  }
  const to = await confirmSamlSignOut(services, context.get(userContext), input);
  throw redirect(to);
}

export const loader = routeDownload(({ request, context, params }: Route.LoaderArgs) => singleLogout(request, context, params, null));

// The HTTP-POST binding; the body is read from a copy, the plugin may need the request whole.
export const action = routeDownload(async ({ request, context, params }: Route.ActionArgs) =>
  singleLogout(request, context, params, await request.clone().formData().catch(() => null)),
);
