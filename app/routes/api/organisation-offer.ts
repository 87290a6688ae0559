import type { Route } from "./+types/organisation-offer";
import { apiAction, apiHandler, apiNoGet } from "~/lib/api.server.ts";
import { deleteOffer, putOffer } from "~/domain/api/operations.ts";
import { removeSyncedOffer } from "~/services/guest-lessons/remove-synced-offer.server.ts";
import { syncOffer } from "~/services/guest-lessons/sync-offer.server.ts";

/** PUT and DELETE /api/v1/organisations/{slug}/offers/{externalId}: a company's system keeps an offer (ADR 029). */
export const loader = apiNoGet satisfies (args: Route.LoaderArgs) => Response;

export const action = apiAction(
  apiHandler(putOffer, async ({ params, body, services, siteUrl, actor }) => {
    const { published, blackouts, ...offer } = body;
    const saved = await syncOffer(services, actor, { ...offer, blackoutDates: blackouts, availablePeriods: [], organisationId: actor!.apiKey.organisationId, externalId: params.externalId, publish: published });
    return { body: { externalId: params.externalId, id: saved.id, status: saved.status, url: new URL(`/aanbod/${saved.id}`, siteUrl).toString(), created: saved.created }, created: saved.created };
  }),
  apiHandler(deleteOffer, async ({ params, services, actor }) => {
    await removeSyncedOffer(services, actor, { organisationId: actor!.apiKey.organisationId, externalId: params.externalId });
    return { body: null };
  }),
) satisfies (args: Route.ActionArgs) => Promise<Response>;
