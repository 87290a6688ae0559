import type { Route } from "./+types/session-registrations";
import { apiAction, apiLoader } from "~/lib/api.server.ts";
import { listSessionRegistrations } from "~/domain/api/operations.ts";
import { listSyncedRegistrations } from "~/services/courses/list-synced-registrations.server.ts";

/** GET /api/v1/organisations/{slug}/courses/{externalId}/sessions/{sessionId}/registrations (ADR 029). */
export const loader = apiLoader(listSessionRegistrations, async ({ params, services, actor }) => {
  const result = await listSyncedRegistrations(services, actor, { providerId: actor!.apiKey.organisationId, courseExternalId: params.externalId, externalId: params.sessionId });
  return {
    body: {
      registrations: result.registrations.map((r) => ({
        id: r.id,
        name: r.name,
        email: r.email,
        status: r.status,
        waitlistPosition: r.position,
        company: r.company,
        registeredAt: r.createdAt.toISOString(),
      })),
    },
  };
}) satisfies (args: Route.LoaderArgs) => Promise<Response>;

export const action = apiAction() satisfies (args: Route.ActionArgs) => Promise<Response>;
