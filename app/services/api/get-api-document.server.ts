import type { Actor, AppServices } from "~/context.ts";
import type { openApiDocument } from "~/domain/api/openapi.ts";
import { apiContactEmail, baseUrl } from "~/lib/env.server.ts";

/**
 * Generating the document walks every schema of the registry; the registry and BASE_URL do not
 * change while the process runs, so it is made once per server address (and contact) and then handed out.
 */
const made = new Map<string, ReturnType<typeof openApiDocument>>();

/** The OpenAPI document of /api/v1 for this instance (public: the actor is not asked). */
export async function getApiDocument(services: Pick<AppServices, "env">, _actor: Actor): Promise<ReturnType<typeof openApiDocument>> {
  const serverUrl = baseUrl(services.env);
  const contact = apiContactEmail(services.env);
  const key = `${serverUrl} ${contact}`;
  let document = made.get(key);
  if (!document) {
    // zod-openapi and the document's builder are loaded with the first request for it, not at the
    // server's start (ADR 027, amendment "what the server loads at start").
    const { openApiDocument } = await import("~/domain/api/openapi.ts");
    document = openApiDocument(serverUrl, contact);
    made.set(key, document);
  }
  return document;
}
