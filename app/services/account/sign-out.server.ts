import type { Actor, AppServices } from "~/context.ts";
import { cookiesOf } from "./helpers/auth-endpoint.server.ts";

/** Ends the session behind the request's cookie (if any) and returns the cookies that clear it in the browser. */
export async function signOut(services: AppServices, _actor: Actor, input: { headers: Headers }): Promise<Headers> {
  const { headers } = await services.auth.api.signOut({ headers: input.headers, returnHeaders: true });
  return cookiesOf(headers);
}
