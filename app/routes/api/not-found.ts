import type { Route } from "./+types/not-found";
import { apiNotFound } from "~/lib/api.server.ts";

/** Every address under /api/v1 the document does not have: 404 problem details, whatever the method. */
export const loader = apiNotFound satisfies (args: Route.LoaderArgs) => Response;
export const action = apiNotFound satisfies (args: Route.ActionArgs) => Response;
