import type { z } from "zod";
import type { Route } from "./+types/openapi";
import { apiAction, apiLoader } from "~/lib/api.server.ts";
import { getOpenApiDocument as operation } from "~/domain/api/operations.ts";
import { getApiDocument } from "~/services/api/get-api-document.server.ts";

/** GET /api/v1/openapi.json: the document, generated from the registry for this instance's BASE_URL. */
export const loader = apiLoader(operation, async ({ services }) => ({
  // The response schema names only the document's top; its whole shape is OpenAPI's own schema.
  body: (await getApiDocument(services, null)) as unknown as z.input<typeof operation.response>,
})) satisfies (args: Route.LoaderArgs) => Promise<Response>;

export const action = apiAction() satisfies (args: Route.ActionArgs) => Promise<Response>;
