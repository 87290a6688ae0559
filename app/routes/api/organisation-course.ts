import type { Route } from "./+types/organisation-course";
import { apiAction, apiHandler, apiNoGet } from "~/lib/api.server.ts";
import { deleteCourse, putCourse } from "~/domain/api/operations.ts";
import { removeSyncedCourse } from "~/services/courses/remove-synced-course.server.ts";
import { syncCourse } from "~/services/courses/sync-course.server.ts";

/** PUT and DELETE /api/v1/organisations/{slug}/courses/{externalId}: a provider's system keeps a course (ADR 029). */
export const loader = apiNoGet satisfies (args: Route.LoaderArgs) => Response;

export const action = apiAction(
  apiHandler(putCourse, async ({ params, body, services, siteUrl, actor }) => {
    const { published, ...course } = body;
    const saved = await syncCourse(services, actor, { externalId: params.externalId, course: { ...course, providerId: actor!.apiKey.organisationId, networkId: undefined }, publish: published });
    return { body: { externalId: params.externalId, slug: saved.slug, url: new URL(`/cursussen/${saved.slug}`, siteUrl).toString(), created: saved.created }, created: saved.created };
  }),
  apiHandler(deleteCourse, async ({ params, services, actor }) => {
    await removeSyncedCourse(services, actor, { providerId: actor!.apiKey.organisationId, externalId: params.externalId });
    return { body: null };
  }),
) satisfies (args: Route.ActionArgs) => Promise<Response>;
