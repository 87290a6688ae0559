import type { AppServices } from "~/context.ts";
import { cookiesOf } from "./auth-endpoint.server.ts";

/** Ends the session behind the request's cookie (if any) and returns the cookies that clear it in the browser. */
export async function signOut(services: AppServices, requestHeaders: Headers): Promise<Headers> {
  const { headers } = await services.auth.api.signOut({ headers: requestHeaders, returnHeaders: true });
  return cookiesOf(headers);
}
