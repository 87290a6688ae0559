import { and, asc, count, gte, isNull, notExists, eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { accountBlock, auditLog, network, networkCoordinator, organisation } from "~/db/schema/index.ts";
import { addDays, amsterdamToday } from "~/domain/common/time.ts";
import { DECISION_DAYS, RECENT_DECISION_DAYS, type PendingItem } from "~/domain/home/pending.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

/** At most this many organisations and networks each; the rest is one click further in /beheer. */
const LIMIT = 10;

/**
 * What waits for a platform administrator: organisations not yet verified (oldest first, late a
 * week after they signed up), networks in use that nobody coordinates, and two numbers that say
 * what happened: the decisions in the audit log this past week and the people blocked now.
 */
export async function adminItems(services: Pick<AppServices, "db" | "clock">): Promise<PendingItem[]> {
  const { db } = services;
  const now = services.clock.now();
  const since = new Date(now.getTime() - RECENT_DECISION_DAYS * 86_400_000);
  const [unverified, uncoordinated, decisions, blocked] = await Promise.all([
    db
      .select({ id: organisation.id, slug: organisation.slug, name: organisation.name, createdAt: organisation.createdAt })
      .from(organisation)
      .where(isNull(organisation.verifiedAt))
      .orderBy(asc(organisation.createdAt), asc(organisation.name))
      .limit(LIMIT),
    db
      .select({ id: network.id, slug: network.slug, name: network.name })
      .from(network)
      .where(and(activeNetwork(), notExists(db.select({ id: networkCoordinator.userId }).from(networkCoordinator).where(eq(networkCoordinator.networkId, network.id)))))
      .orderBy(asc(network.name))
      .limit(LIMIT),
    db.select({ n: count() }).from(auditLog).where(gte(auditLog.at, since)),
    db.select({ n: count() }).from(accountBlock),
  ]);
  const items: PendingItem[] = [
    ...unverified.map((o) => ({
      key: `organisationUnverified-${o.id}`,
      kind: "organisationUnverified" as const,
      title: o.name,
      href: `/beheer/organisaties/${o.slug}`,
      due: addDays(amsterdamToday(o.createdAt), DECISION_DAYS),
      action: true,
    })),
    ...uncoordinated.map((n) => ({
      key: `networkWithoutCoordinator-${n.id}`,
      kind: "networkWithoutCoordinator" as const,
      title: n.name,
      href: `/beheer/netwerken/${n.slug}`,
      due: null,
      action: true,
    })),
  ];
  const decided = decisions[0]?.n ?? 0;
  if (decided > 0) items.push({ key: "auditDecisions", kind: "auditDecisions", title: "", href: "/beheer/logboek", due: null, action: false, count: decided });
  const blockedNow = blocked[0]?.n ?? 0;
  if (blockedNow > 0) items.push({ key: "accountsBlocked", kind: "accountsBlocked", title: "", href: "/beheer/personen", due: null, action: false, count: blockedNow });
  return items;
}
