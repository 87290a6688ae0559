import { and, eq, gt, isNotNull, isNull, lte } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { apiKey, organisation, user } from "~/db/schema/index.ts";
import { EXPIRY_NOTICE_DAYS } from "~/domain/api/keys.ts";
import { addDays, amsterdamToday } from "~/domain/common/time.ts";
import { formatDate } from "~/i18n/index.ts";
import { absoluteUrl } from "~/lib/env.server.ts";
import { mailTranslator } from "~/services/common/mail-locale.server.ts";

/**
 * A week before a key stops working, its maker is mailed (the api.key-expiry job, hourly): which
 * key, its last day, and where to make the next one. Each key is claimed in the mail's own
 * transaction (its notice column set there), so two instances or two runs tell its maker once.
 */
export async function sweepExpiringApiKeys(services: AppServices, _actor: Actor) {
  const now = services.clock.now();
  const horizon = new Date(now.getTime() + EXPIRY_NOTICE_DAYS * 86_400_000);
  const due = await services.db
    .select({ id: apiKey.id })
    .from(apiKey)
    .where(and(isNull(apiKey.revokedAt), isNull(apiKey.expiryNoticeSentAt), isNotNull(apiKey.expiresAt), gt(apiKey.expiresAt, now), lte(apiKey.expiresAt, horizon)));
  let sent = 0;
  for (const { id } of due) {
    await services.db.transaction(async (tx) => {
      const [key] = await tx
        .update(apiKey)
        .set({ expiryNoticeSentAt: now })
        .where(and(eq(apiKey.id, id), isNull(apiKey.expiryNoticeSentAt), isNull(apiKey.revokedAt)))
        .returning({ name: apiKey.name, prefix: apiKey.prefix, expiresAt: apiKey.expiresAt, organisationId: apiKey.organisationId, createdById: apiKey.createdById });
      if (!key?.expiresAt) return;
      const [maker] = await tx
        .select({ name: user.name, email: user.email, organisationName: organisation.name, slug: organisation.slug })
        .from(user)
        .innerJoin(organisation, eq(organisation.id, key.organisationId))
        .where(eq(user.id, key.createdById));
      if (!maker) return;
      const { locale, t } = await mailTranslator(tx, maker.email);
      // The last day it works: the day before the moment it stops (midnight, Amsterdam).
      const lastDay = formatDate(`${addDays(amsterdamToday(key.expiresAt), -1)}T12:00:00Z`, locale, { dateStyle: "long" });
      await services.mailer.send(
        {
          to: maker.email,
          subject: t("api.mail.expiring.subject", { name: key.name, organisation: maker.organisationName }),
          text: [
            t("api.mail.greeting", { name: maker.name }),
            "",
            t("api.mail.expiring.body", { name: key.name, prefix: key.prefix, organisation: maker.organisationName, date: lastDay }),
            t("api.mail.expiring.renew", { url: absoluteUrl(services, `/organisaties/${maker.slug}/api-sleutels`) }),
            "",
            t("api.mail.closing"),
            "Technohub",
          ].join("\n"),
        },
        tx,
      );
      sent++;
    });
  }
  return { sent };
}
