import { and, asc, count, gte, isNull, notExists, eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { accountBlock, auditLog, network, networkCoordinator, organisation } from "~/db/schema/index.ts";
import { addDays, amsterdamToday } from "~/domain/common/time.ts";
import { DECISION_DAYS, RECENT_DECISION_DAYS, type PendingItem } from "~/domain/home/pending.ts";
import { jsonRows, named, part, type Part } from "./parts.server.ts";

type AdminRows = {
  unverified: { id: string; slug: string; name: string; createdAt: string }[];
  uncoordinated: { id: string; slug: string; name: string }[];
  decisions: { n: number }[];
  blocked: { n: number }[];
};
import { activeNetwork } from "~/services/common/networks.server.ts";

/** At most this many organisations and networks each; the rest is one click further in /beheer. */
const LIMIT = 10;

/**
 * What waits for a platform administrator: organisations not yet verified (oldest first, late a
 * week after they signed up), networks in use that nobody coordinates, and two numbers that say
 * what happened: the decisions in the audit log this past week and the people blocked now.
 */
export function adminPart(services: Pick<AppServices, "db" | "clock">): Part {
  const { db } = services;
  const now = services.clock.now();
  const since = new Date(now.getTime() - RECENT_DECISION_DAYS * 86_400_000);
  const columns = {
    unverified: jsonRows<AdminRows["unverified"][number]>(
      db
        .select(named({ id: organisation.id, slug: organisation.slug, name: organisation.name, createdAt: organisation.createdAt }))
        .from(organisation)
        .where(isNull(organisation.verifiedAt))
        .orderBy(asc(organisation.createdAt), asc(organisation.name))
        .limit(LIMIT),
    ),
    uncoordinated: jsonRows<AdminRows["uncoordinated"][number]>(
      db
        .select(named({ id: network.id, slug: network.slug, name: network.name }))
        .from(network)
        .where(and(activeNetwork(), notExists(db.select({ id: networkCoordinator.userId }).from(networkCoordinator).where(eq(networkCoordinator.networkId, network.id)))))
        .orderBy(asc(network.name))
        .limit(LIMIT),
    ),
    decisions: jsonRows<AdminRows["decisions"][number]>(db.select(named({ n: count() })).from(auditLog).where(gte(auditLog.at, since))),
    blocked: jsonRows<AdminRows["blocked"][number]>(db.select(named({ n: count() })).from(accountBlock)),
  };
  return part<AdminRows>(columns, ({ unverified, uncoordinated, decisions, blocked }) => {
    const items: PendingItem[] = [
      ...unverified.map((o) => ({
        key: `organisationUnverified-${o.id}`,
        kind: "organisationUnverified" as const,
        title: o.name,
        href: `/beheer/organisaties/${o.slug}`,
        due: addDays(amsterdamToday(new Date(o.createdAt)), DECISION_DAYS),
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
  });
}
