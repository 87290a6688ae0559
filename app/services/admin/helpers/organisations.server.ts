import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";

export async function lockOrganisation(tx: Db, slug: string) {
  const [row] = await tx.select().from(organisation).where(eq(organisation.slug, slug)).for("update");
  if (!row) throw notFound("admin.organisations.notFound");
  return row;
}
