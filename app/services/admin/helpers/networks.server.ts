import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { network } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";

/** A network as the audit log keeps it (search text left out by auditSnapshot). */
export async function lockNetwork(tx: Db, slug: string) {
  const [row] = await tx.select().from(network).where(eq(network.slug, slug)).for("update");
  if (!row) throw notFound("admin.networks.notFound");
  return row;
}
