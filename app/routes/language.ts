import { redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/language";
import { safeRedirectPath } from "~/domain/account/safe-redirect-path.ts";
import { routeAction, type WithForm } from "~/lib/route.server.ts";

const schema = z.object({
  lang: z.enum(["nl", "en"]),
  redirectTo: z.unknown().transform((value) => safeRedirectPath(value, "/")),
});

/** The language switch: a plain form post, so it works without JavaScript. */
export const action = routeAction(async ({ request, form }: WithForm<Route.ActionArgs>) => {
  const parsed = schema.safeParse(Object.fromEntries(form));
  // Only the switch in the header posts here; anything else changes nothing and goes home.
  if (!parsed.success) return redirect("/");
  return redirect(parsed.data.redirectTo, {
    headers: { "set-cookie": `lang=${parsed.data.lang}; Path=/; Max-Age=31536000; SameSite=Lax` },
  });
});

export function loader() {
  return redirect("/");
}
