import { redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/language";
import { servicesContext, userContext } from "~/context.ts";
import { safeRedirectPath } from "~/domain/account/safe-redirect-path.ts";
import { routeAction, type WithForm } from "~/lib/route.server.ts";
import { updateProfile } from "~/services/account/update-profile.server.ts";

const schema = z.object({
  lang: z.enum(["nl", "en"]),
  redirectTo: z.unknown().transform((value) => safeRedirectPath(value, "/")),
});

/** The language switch: a plain form post, so it works without JavaScript. */
export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const parsed = schema.safeParse(Object.fromEntries(form));
  // Only the switch in the header posts here; anything else changes nothing and goes home.
  if (!parsed.success) return redirect("/");
  // A signed-in person's own preference decides the language (root loader), so the switch changes it.
  const user = context.get(userContext);
  if (user && user.locale !== parsed.data.lang) {
    await updateProfile(context.get(servicesContext), user, { name: user.name, locale: parsed.data.lang, headers: request.headers });
  }
  return redirect(parsed.data.redirectTo, {
    headers: { "set-cookie": `lang=${parsed.data.lang}; Path=/; Max-Age=31536000; SameSite=Lax` },
  });
});

export function loader() {
  return redirect("/");
}
