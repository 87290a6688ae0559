import { desc, sql } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { mailOutbox } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { devToolsEnabled } from "~/lib/env.server.ts";

/** The outbox for testers, newest first. It holds sign-in links, so it exists only with dev tools on. */
export async function listOutbox(services: AppServices, options: { limit?: number } = {}) {
  if (!devToolsEnabled(services.env)) throw notFound();
  return services.db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      createdAt: mailOutbox.createdAt,
      attachmentCount: sql<number>`jsonb_array_length(${mailOutbox.attachments})::int`,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(options.limit ?? 200);
}
