import { and, asc, eq, inArray, isNotNull, lte, gte, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { membership, offer, organisation, user } from "~/db/schema/index.ts";
import { addDays, amsterdamToday } from "~/domain/common/time.ts";
import { forbidden } from "~/domain/errors.ts";
import { VOG_REMINDER_DAYS, vogContactKey, vogReminderDue } from "~/domain/guest-lessons/vog.ts";
import { translator } from "~/i18n/index.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { mailLocales } from "~/services/common/mail-locale.server.ts";
import { longDate } from "./helpers/notify.server.ts";

/**
 * The daily VOG reminder: a VOG that ends within VOG_REMINDER_DAYS is told to the company once
 * (its administrators, and the contact's own address when the offer names one), per contact, so
 * a new VOG can be asked for in time. Which end date was told is kept on the offers; a new date
 * is told again when its time comes.
 */
export async function sweepVogReminders(services: AppServices, actor: Actor) {
  if (actor) throw forbidden();
  const today = amsterdamToday(services.clock.now());
  return services.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: offer.id,
        title: offer.title,
        organisationId: offer.organisationId,
        organisationName: organisation.name,
        organisationSlug: organisation.slug,
        contactUserId: offer.contactUserId,
        contactName: offer.contactName,
        contactEmail: offer.contactEmail,
        contactAccountName: user.name,
        contactAccountEmail: user.email,
        validUntil: offer.vogValidUntil,
        remindedFor: offer.vogRemindedFor,
      })
      .from(offer)
      .innerJoin(organisation, eq(organisation.id, offer.organisationId))
      .leftJoin(user, eq(user.id, offer.contactUserId))
      .where(and(isNotNull(offer.vogValidUntil), gte(offer.vogValidUntil, today), lte(offer.vogValidUntil, addDays(today, VOG_REMINDER_DAYS)), sql`${offer.status} <> 'archived'`))
      .orderBy(asc(offer.organisationId), asc(offer.title))
      .for("update", { of: offer, skipLocked: true });
    const due = rows.filter((r) => vogReminderDue(r.validUntil, r.remindedFor, today));
    if (due.length === 0) return { reminded: 0 };

    const admins = await tx
      .select({ organisationId: membership.organisationId, email: user.email })
      .from(membership)
      .innerJoin(user, eq(user.id, membership.userId))
      .where(and(inArray(membership.organisationId, [...new Set(due.map((d) => d.organisationId))]), eq(membership.role, "admin")));
    const groups = new Map<string, typeof due>();
    for (const r of due) {
      const key = `${r.organisationId}|${vogContactKey(r)}|${r.validUntil}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const localeOf = await mailLocales(tx, [...admins.map((a) => a.email), ...due.flatMap((d) => [d.contactEmail, d.contactAccountEmail].filter((e): e is string => !!e))]);
    for (const offers of groups.values()) {
      const first = offers[0]!;
      const contactAddress = first.contactAccountEmail ?? first.contactEmail;
      const to = [...new Set([...admins.filter((a) => a.organisationId === first.organisationId).map((a) => a.email), ...(contactAddress ? [contactAddress] : [])])];
      for (const address of to) {
        const locale = localeOf(address);
        const t = translator(locale);
        const values = {
          contact: first.contactAccountName ?? first.contactName ?? first.contactEmail ?? t("guestLessons.vog.noContact"),
          organisation: first.organisationName,
          date: longDate(first.validUntil, locale),
          offers: offers.map((o) => `- ${o.title}`).join("\n"),
          url: `${baseUrl(services.env)}/organisaties/${first.organisationSlug}/vog`,
        };
        await services.mailer.send({ to: address, subject: t("guestLessons.mail.vogReminder.subject", values), text: t("guestLessons.mail.vogReminder.body", values) }, tx);
      }
      await tx.update(offer).set({ vogRemindedFor: first.validUntil }).where(inArray(offer.id, offers.map((o) => o.id)));
    }
    return { reminded: groups.size };
  });
}
