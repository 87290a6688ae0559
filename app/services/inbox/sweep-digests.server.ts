import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { notification, user } from "~/db/schema/index.ts";
import { digestMail } from "~/domain/inbox/notification.ts";
import { parseLocale } from "~/i18n/index.ts";
import { baseUrl } from "~/lib/env.server.ts";

/**
 * The daily digest (job inbox.digest, actor null): one mail per person with every item that is
 * still held for it. Each person is one transaction that locks their held rows, so a second run
 * at the same time (or a retry) finds them taken and mails nothing twice.
 */
export async function sweepDigests(services: AppServices, _actor: Actor) {
  const people = await services.db.selectDistinct({ userId: notification.userId }).from(notification).where(eq(notification.mailState, "held"));
  let mailed = 0;
  for (const { userId } of people) {
    const sent = await services.db.transaction(async (tx) => {
      const items = await tx
        .select({ id: notification.id, subject: notification.subject, excerpt: notification.excerpt, link: notification.link, createdAt: notification.createdAt })
        .from(notification)
        .where(and(eq(notification.userId, userId), eq(notification.mailState, "held")))
        .orderBy(asc(notification.createdAt))
        .for("update", { skipLocked: true });
      const [person] = await tx.select({ name: user.name, email: user.email, locale: user.locale }).from(user).where(eq(user.id, userId));
      if (!person || items.length === 0) return false;
      const mail = digestMail({ name: person.name, locale: parseLocale(person.locale), baseUrl: baseUrl(services.env), items });
      const { id } = await services.mailer.send({ to: person.email, ...mail, direct: true }, tx);
      await tx
        .update(notification)
        .set({ mailState: "digested", mailedAt: services.clock.now(), mailId: id })
        .where(inArray(notification.id, items.map((i) => i.id)));
      return true;
    });
    if (sent) mailed++;
  }
  return { mailed };
}
