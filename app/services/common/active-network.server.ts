// Relative imports (not "~/"): the search reads this rule too, and bench/search.ts runs it under plain Node.
import { isNull, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { network } from "../../db/schema/index.ts";

/**
 * A network still in use: not archived by an administrator (a merged network is archived too).
 * Every list or picker that offers networks to choose or browse adds this condition, so an
 * archived network stays reachable only at its own address and in /beheer.
 */
export function activeNetwork(): SQL {
  return isNull(network.archivedAt);
}

/**
 * Content of a network in use, given the content's network id (a column, or `article.network_id`
 * in the search's SQL): what lists or finds the content of every network leaves an archived
 * network's out, as the directory leaves the network out, whoever asks. Its content stays at its
 * own address for those who may read the network (`mayReadNetwork`). A semi-join on the networks
 * (~630 nationally), so it needs no join of its own.
 */
export function ofActiveNetwork(networkId: SQLWrapper): SQL {
  return sql`${networkId} in (select ${network.id} from ${network} where ${activeNetwork()})`;
}

/**
 * `ofActiveNetwork` for content whose network is optional (an event, a tip): without a network it
 * is the platform's own and stays in every list; with one, that network must be in use.
 */
export function ofNoOrActiveNetwork(networkId: SQLWrapper): SQL {
  return sql`(${networkId} is null or ${ofActiveNetwork(networkId)})`;
}
