import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";
import { indicatorPanels } from "./helpers/indicator-panels.server.ts";

/**
 * A network's regional monitor: each indicator with a series per region,
 * from the network's own figures and the national ones (no network).
 */
export async function getMonitor(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string }) {
  const { db } = services;
  const [row] = await db.select({ id: network.id, slug: network.slug, name: network.name }).from(network).where(eq(network.slug, input.slug)).limit(1);
  if (!row) throw notFound("monitor.networkNotFound");
  return { network: row, panels: await indicatorPanels(db, row.id), canImport: await can(db, actor, "monitor.import", { networkId: row.id }) };
}
