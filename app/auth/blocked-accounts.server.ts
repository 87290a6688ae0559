import type { BetterAuthPlugin } from "better-auth";
import { APIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { accountBlock } from "~/db/schema/index.ts";

/**
 * A blocked account (`account_block`, set on /beheer/personen) gets no session: every way in
 * (our sign-in form, /api/auth/sign-in/email, the sign-in after confirming an address or
 * resetting a password) creates a session, and this refuses it. Blocking also deletes the
 * sessions that exist, so nothing else needs to look at the block.
 */
export function blockedAccounts(options: { db: Db }) {
  return {
    id: "technohub-blocked-accounts",
    init() {
      return {
        options: {
          databaseHooks: {
            session: {
              create: {
                async before(session: { userId: string }) {
                  const [block] = await options.db.select({ userId: accountBlock.userId }).from(accountBlock).where(eq(accountBlock.userId, session.userId)).limit(1);
                  if (block) throw new APIError("FORBIDDEN", { code: "ACCOUNT_BLOCKED", message: "This account has been blocked by an administrator." });
                },
              },
            },
          },
        },
      };
    },
  } satisfies BetterAuthPlugin;
}
