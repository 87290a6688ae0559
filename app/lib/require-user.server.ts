import { redirect } from "react-router";
import { userContext, type SessionUser } from "~/context.ts";
import { pageAddress } from "~/domain/account/safe-redirect-path.ts";

type Ctx = { get: <T>(key: import("react-router").RouterContext<T>) => T };

/**
 * The signed-in user, or a redirect to the sign-in page that comes back here afterwards: to the
 * page, not to the `.data` address React Router fetched it through when JavaScript is on.
 */
export function requireUser(context: Ctx, request: Request): SessionUser {
  const user = context.get(userContext);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/inloggen?redirectTo=${encodeURIComponent(pageAddress(url.pathname + url.search))}`);
  }
  return user;
}
