import type { Route } from "./+types/auth-api";
import { servicesContext } from "~/context.ts";

/**
 * better-auth's own HTTP API at /api/auth/*, for clients that use it
 * directly. The pages do not: their forms post to route actions.
 */
export function loader({ request, context }: Route.LoaderArgs) {
  return context.get(servicesContext).auth.handler(request);
}

export function action({ request, context }: Route.ActionArgs) {
  return context.get(servicesContext).auth.handler(request);
}
