import { redirect } from "react-router";
import type { Route } from "./+types/sign-out";
import { servicesContext, userContext } from "~/context.ts";
import { signOut } from "~/services/account/sign-out.server.ts";
import { routeAction, type WithForm } from "~/lib/route.server.ts";

/** The header's sign-out button posts here; a GET changes nothing. */
export const action = routeAction(async ({ request, context }: WithForm<Route.ActionArgs>) => {
  const { cookies, redirectTo } = await signOut(context.get(servicesContext), context.get(userContext), { headers: request.headers });
  // Either our sign-in page, or first the identity provider's end-session address (ADR 033).
  return redirect(redirectTo, { headers: cookies });
});

export function loader() {
  return redirect("/");
}
