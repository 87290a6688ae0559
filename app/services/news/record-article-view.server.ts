import { sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { articleViewDaily, viewSalt } from "~/db/schema/index.ts";
import { isBotAgent, newSalt, visitorHash } from "~/services/news/helpers/visitor.server.ts";
import { amsterdamToday } from "~/domain/common/time.ts";

/**
 * Today's salt, made on first use. The no-op update makes concurrent first
 * readers get the one row that won, in one statement.
 */
async function saltOf(services: Pick<AppServices, "db">, day: string): Promise<string> {
  const [row] = await services.db
    .insert(viewSalt)
    .values({ day, salt: newSalt() })
    .onConflictDoUpdate({ target: viewSalt.day, set: { day: sql`excluded.day` } })
    .returning({ salt: viewSalt.salt });
  return row!.salt;
}

/**
 * Counts a reader once per article per day, without cookies: only the salted
 * hash of address, user agent and day is stored. Bots do not count.
 * Returns whether this request added a view.
 */
export async function recordArticleView(
  services: Pick<AppServices, "db" | "clock">,
  _actor: Actor,
  input: { articleId: string; reader: { address: string; userAgent: string | null } },
): Promise<boolean> {
  const { articleId, reader } = input;
  if (isBotAgent(reader.userAgent)) return false;
  const day = amsterdamToday(services.clock.now());
  const salt = await saltOf(services, day);
  const hash = visitorHash({ salt, address: reader.address, userAgent: reader.userAgent ?? "", day });
  const inserted = await services.db
    .insert(articleViewDaily)
    .values({ articleId, day, visitorHash: hash })
    .onConflictDoNothing()
    .returning({ day: articleViewDaily.day });
  return inserted.length > 0;
}
