import type { Route } from "./+types/organisation-session";
import { apiAction, apiHandler, apiNoGet } from "~/lib/api.server.ts";
import { cancelCourseSession, putCourseSession } from "~/domain/api/operations.ts";
import { sessionInputOf } from "~/domain/api/sync.ts";
import { cancelSyncedSession } from "~/services/courses/cancel-synced-session.server.ts";
import { syncSession } from "~/services/courses/sync-session.server.ts";

/** PUT and DELETE /api/v1/organisations/{slug}/courses/{externalId}/sessions/{sessionId} (ADR 029). */
export const loader = apiNoGet satisfies (args: Route.LoaderArgs) => Response;

export const action = apiAction(
  apiHandler(putCourseSession, async ({ params, body, services, actor }) => {
    const saved = await syncSession(services, actor, {
      providerId: actor!.apiKey.organisationId,
      courseExternalId: params.externalId,
      externalId: params.sessionId,
      session: sessionInputOf(body),
    });
    return { body: { externalId: params.sessionId, courseExternalId: params.externalId, created: saved.created }, created: saved.created };
  }),
  apiHandler(cancelCourseSession, async ({ params, services, actor }) => {
    await cancelSyncedSession(services, actor, { providerId: actor!.apiKey.organisationId, courseExternalId: params.externalId, externalId: params.sessionId });
    return { body: null };
  }),
) satisfies (args: Route.ActionArgs) => Promise<Response>;
