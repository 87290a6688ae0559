import type { Actor, AppServices } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { editableArticle } from "./helpers/editable-article.server.ts";
import { writableNetworks } from "./helpers/writable-networks.server.ts";

/**
 * The article editor: the networks the actor may write for and, with a slug, the article as it is.
 * Only coordinators of a network write its news (and platform admins): others hear 403 — for a new
 * article when they may write for no network, for an existing one unless they manage its network's news.
 */
export async function getArticleEditor(services: Pick<AppServices, "db">, actor: Actor, input: { slug?: string }) {
  const networks = await writableNetworks(services, actor);
  if (!input.slug) {
    if (networks.length === 0) throw forbidden();
    return { networks, article: null };
  }
  return { networks, article: await editableArticle(services, actor, input.slug) };
}
