import { isNull, type SQL } from "drizzle-orm";
import { network } from "~/db/schema/index.ts";

/**
 * A network still in use: not archived by an administrator (a merged network is archived too).
 * Every list or picker that offers networks to choose or browse adds this condition, so an
 * archived network stays reachable only at its own address and in /beheer.
 */
export function activeNetwork(): SQL {
  return isNull(network.archivedAt);
}
