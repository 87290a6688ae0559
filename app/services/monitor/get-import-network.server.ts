import type { Actor, AppServices } from "~/context.ts";
import { networkForImport } from "./helpers/import-network.server.ts";

/**
 * The network the actor may import figures for: 404 for an unknown network, 403 for someone who
 * may not import. The import route calls it before it reads anything the user sent.
 */
export async function getImportNetwork(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string }) {
  return networkForImport(services, actor, input.slug);
}
