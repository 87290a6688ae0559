import type { Actor, AppServices } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { editableArticle } from "./helpers/editable-article.server.ts";
import { writableNetworks } from "./helpers/writable-networks.server.ts";

/**
 * The article editor: the networks the actor may write for and, with a slug, the article as it is.
 * Only coordinators of a network write its news (and platform admins): others hear 403 — for a new
 * article when they may write for no network, for an existing one unless they manage its network's news.
 * An archived network's article is "not found" here but to an administrator, as at its own address.
 */
export async function getArticleEditor(services: Pick<AppServices, "db">, actor: Actor, input: { slug?: string }) {
  const networks = await writableNetworks(services, actor);
  if (!input.slug) {
    if (networks.length === 0) throw forbidden();
    return { networks, article: null };
  }
  const article = await editableArticle(services, actor, input.slug);
  // An administrator editing an archived network's article: its network is offered too, or the
  // form would have no network to keep it in (the list offers networks in use only).
  const own = { id: article.networkId, slug: article.networkSlug, name: article.networkName };
  return { networks: networks.some((n) => n.id === own.id) ? networks : [...networks, own], article };
}
