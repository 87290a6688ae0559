import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { network } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { NETWORK_CHOICES_SHOWN, NETWORKS_IN_A_SELECT, networkQueryWords, type NetworkChoice, type NetworkChoiceQuery } from "~/domain/common/network-choice.ts";
import { forbidden, invalid } from "~/domain/errors.ts";
import type { NetworkPermission } from "~/domain/permissions.ts";
import { holdsEveryWord } from "./like.server.ts";
import { activeNetwork } from "./networks.server.ts";
import { permittedNetworks } from "./permissions.server.ts";

/**
 * How close a typed name must be to a network's whole name (pg_trgm `similarity`), and each typed
 * word to a part of it (`word_similarity`), to be offered when no name holds every typed word: the
 * directory's name threshold (ADR 023) for both. "utrekht" scores 0.5 against "TechNet Utrecht",
 * "utreht" 0.57, "amersfort" 0.75 against "Technohub Amersfoort".
 */
const NAME_SIMILARITY = 0.5;
const WORD_SIMILARITY = 0.5;

// A network merged into another, named by its old slug.
const merged = alias(network, "merged");

const COLUMNS = { id: network.id, slug: network.slug, name: network.name, province: network.province };
// The generated folded name (migration 0035) with its trigram index: what the directory and the
// catalogue's provider filter match names on.
const folded = sql`"network"."name_folded"`;

/**
 * The networks in use the actor may start something in (`event.manage`, `programme.manage`), as a
 * condition on `network`: those where the permission map lets them (`permittedNetworks`: every one
 * for its everywhere-permission, else the ones they coordinate), archived ones left out; null
 * for whoever may start nothing by rule (a visitor, an API key).
 */
export async function choosableNetworks(db: Db, actor: Actor, permission: NetworkPermission): Promise<SQL | null> {
  const permitted = await permittedNetworks(db, actor, permission);
  return permitted && and(activeNetwork(), permitted)!;
}

/**
 * The check a create use-case makes in the transaction it writes in, before it writes: the network
 * with this id is one of `choosable`, read by its id with its row share-locked, so an archive or a
 * merge that commits first is seen and one that comes later waits for the write (a merge then
 * moves what was written). Someone who may choose none is refused (403); a network they may not
 * choose (unknown, archived, merged, someone else's) is told beside the field, as the form's own
 * choice tells it.
 */
export async function requireChoosable(tx: Db, choosable: SQL | null, networkId: string): Promise<void> {
  if (!choosable) throw forbidden();
  if (isUuid(networkId)) {
    const [chosen] = await tx.select({ id: network.id }).from(network).where(and(eq(network.id, networkId), choosable)).for("share");
    if (chosen) return;
  }
  // Refused: whether any network at all was the actor's to choose decides how.
  const [any] = await tx.select({ id: network.id }).from(network).where(choosable).limit(1);
  if (!any) throw forbidden();
  throw invalid("networkChoice.notChoosable", "networkId");
}

/**
 * What a new event's or programme's form offers as its network (ADR 024, tenth pass): the network
 * the address names when the actor may choose it; else, up to NETWORKS_IN_A_SELECT, every one for
 * a select; beyond that at most NETWORK_CHOICES_SHOWN whose name holds every typed word (folded:
 * capitals and accents do not matter), the closest to what was typed first; when none does, those
 * close to it by trigrams (a typo). The slug of a merged network stands for the network it was
 * merged into, as its own address sends on there. A slug that is unknown, archived or not the
 * actor's is `error`, told beside the field. None to choose from at all is 403.
 */
export async function chooseNetwork(db: Db, choosable: SQL | null, input: NetworkChoiceQuery): Promise<NetworkChoice> {
  if (!choosable) throw forbidden();
  return db.transaction(async (tx) => {
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(network).where(choosable);
    if (total === 0) throw forbidden();
    let error: string | null = null;
    if (input.slug) {
      const [chosen] = await tx
        .select(COLUMNS)
        .from(network)
        .where(and(choosable, or(eq(network.slug, input.slug), inArray(network.id, tx.select({ id: merged.mergedIntoId }).from(merged).where(eq(merged.slug, input.slug))))))
        .limit(1);
      if (chosen) return { step: "chosen", network: chosen, among: total };
      error = "networkChoice.notChoosable";
    }
    if (total <= NETWORKS_IN_A_SELECT) {
      const networks = await tx.select(COLUMNS).from(network).where(choosable).orderBy(asc(network.name), asc(network.id));
      return { step: "select", networks, error };
    }
    const words = networkQueryWords(input.query);
    if (words.length === 0) {
      const networks = await tx.select(COLUMNS).from(network).where(choosable).orderBy(asc(network.name), asc(network.id)).limit(NETWORK_CHOICES_SHOWN);
      return { step: "search", query: "", total, found: total, close: false, networks, error };
    }
    const typed = sql`th_unaccent(lower(${input.query}::text))`;
    const matching = (condition: SQL) =>
      tx
        .select({ ...COLUMNS, found: sql<number>`count(*) over ()`.mapWith(Number) })
        .from(network)
        .where(and(choosable, condition))
        .orderBy(desc(sql`similarity(${typed}, ${folded})`), asc(network.name), asc(network.id))
        .limit(NETWORK_CHOICES_SHOWN);
    let rows = await matching(holdsEveryWord(folded, words));
    const close = rows.length === 0;
    if (close) {
      // Nothing holds every word as typed: a typo, then. Only now, so that the close names never
      // crowd out (or inflate the count of) names that hold the words. Local to this transaction.
      await tx.execute(
        sql`select set_config('pg_trgm.similarity_threshold', ${String(NAME_SIMILARITY)}, true),
                   set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`,
      );
      const closeToEveryWord = sql.join(
        words.map((word) => sql`th_unaccent(lower(${word}::text)) <% ${folded}`),
        sql` and `,
      );
      rows = await matching(sql`(${typed} % ${folded} or (${closeToEveryWord}))`);
    }
    return { step: "search", query: input.query, total, found: rows[0]?.found ?? 0, close, networks: rows.map(({ found: _found, ...option }) => option), error };
  });
}
