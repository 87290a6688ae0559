import type { Route } from "./+types/organisation-offer";
import { apiAction, apiHandler, apiNoGet } from "~/lib/api.server.ts";
import { putOffer } from "~/domain/api/operations.ts";
import { syncOffer } from "~/services/guest-lessons/sync-offer.server.ts";

/** PUT /api/v1/organisations/{slug}/offers/{externalId}: a company's system keeps an offer (ADR 029). */
export const loader = apiNoGet satisfies (args: Route.LoaderArgs) => Response;

export const action = apiAction(
  apiHandler(putOffer, async ({ params, body, services, siteUrl, actor }) => {
    const { published, blackouts, ...offer } = body;
    const saved = await syncOffer(services, actor, { ...offer, blackoutDates: blackouts, availablePeriods: [], organisationId: actor!.apiKey.organisationId, externalId: params.externalId, publish: published });
    return { body: { externalId: params.externalId, id: saved.id, status: saved.status, url: new URL(`/aanbod/${saved.id}`, siteUrl).toString(), created: saved.created } };
  }),
) satisfies (args: Route.ActionArgs) => Promise<Response>;
