import { eq, inArray } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { appointment, lessonRequest, networkCoordinator, networkSetting, requestEscalation, requestSuggestion, user as userTable } from "~/db/schema/index.ts";
import { DEFAULT_ESCALATION_WORKING_DAYS } from "~/domain/guest-lessons/vocabulary.ts";
import { translator, type Translate } from "~/i18n/index.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { mailLocales, mailTranslator } from "~/services/common/mail-locale.server.ts";
import { matchesForRequest } from "./request-matches.server.ts";

/**
 * Escalation, shared by the sweep's steps for unanswered appointments and for open requests:
 * each network's deadline, the next matches for a request, and flagging a request once.
 */

/** How many other offers the escalation puts before the school. */
export const NEXT_MATCHES = 3;

/** Each network's deadline in working days for answering a school (the default where none is set). */
export async function escalationDays(db: Db, networkIds: (string | null)[]) {
  const ids = [...new Set(networkIds.filter((x): x is string => !!x))];
  const rows = ids.length ? await db.select().from(networkSetting).where(inArray(networkSetting.networkId, ids)) : [];
  const map = new Map(rows.map((r) => [r.networkId, r.escalationWorkingDays ?? DEFAULT_ESCALATION_WORKING_DAYS]));
  return (networkId: string | null) => (networkId ? (map.get(networkId) ?? DEFAULT_ESCALATION_WORKING_DAYS) : DEFAULT_ESCALATION_WORKING_DAYS);
}

async function coordinatorEmails(db: Db, networkId: string | null) {
  if (!networkId) return [];
  const rows = await db
    .select({ email: userTable.email })
    .from(networkCoordinator)
    .innerJoin(userTable, eq(userTable.id, networkCoordinator.userId))
    .where(eq(networkCoordinator.networkId, networkId));
  return rows.map((r) => r.email);
}

/** The next matches for a request, leaving out offers it has already asked. Read outside any transaction. */
export async function nextMatches(services: AppServices, requestId: string) {
  const [r] = await services.db.select().from(lessonRequest).where(eq(lessonRequest.id, requestId));
  if (!r) return [];
  const asked = await services.db
    .select({ offerId: appointment.offerId, organisationId: appointment.providerOrganisationId })
    .from(appointment)
    .where(eq(appointment.requestId, requestId));
  // The providers asked already stay silent or said no: the next matches are other providers.
  const askedProviders = new Set(asked.map((x) => x.organisationId));
  const suggested = await services.db.select({ offerId: requestSuggestion.offerId }).from(requestSuggestion).where(eq(requestSuggestion.requestId, requestId));
  const found = await matchesForRequest(services, r, { limit: NEXT_MATCHES * 4, excludeOfferIds: [...asked, ...suggested].map((x) => x.offerId) });
  return found.filter((f) => !askedProviders.has(f.organisationId)).slice(0, NEXT_MATCHES).map((f) => ({ offerId: f.id, title: f.title, organisationName: f.organisationName }));
}

/** Flags a request for the coordinator and puts the next matches before the school (once). */
export async function escalateRequest(
  tx: Db,
  services: AppServices,
  requestId: string,
  reasonIn: (t: Translate) => string,
  matches: { offerId: string; title: string; organisationName: string }[],
) {
  const now = services.clock.now();
  // The reason is kept in Dutch, as the coordinator's overview shows it; each mail says it in its reader's language.
  const reason = reasonIn(translator("nl"));
  const flagged = await tx.insert(requestEscalation).values({ requestId, escalatedAt: now, reason }).onConflictDoNothing().returning();
  if (flagged.length === 0) return false;
  for (const m of matches) {
    await tx.insert(requestSuggestion).values({ requestId, offerId: m.offerId, source: "escalation", createdAt: now }).onConflictDoNothing();
  }
  const [r] = await tx.select().from(lessonRequest).where(eq(lessonRequest.id, requestId));
  // The request's own page shows these proposals beside its other matches and its answers.
  const url = `${baseUrl(services.env)}/vragen/${requestId}#voorstellen`;
  if (r?.createdById) {
    const [teacher] = await tx.select({ email: userTable.email }).from(userTable).where(eq(userTable.id, r.createdById));
    if (teacher && matches.length > 0) {
      const { t } = await mailTranslator(tx, teacher.email);
      await services.mailer.send(
        {
          to: teacher.email,
          subject: t("appointments.mail.otherMatches.subject", { title: r.title }),
          text: [
            t("appointments.mail.otherMatches.intro", { title: r.title }),
            ...matches.map((m) => `- ${m.title} (${m.organisationName})`),
            "",
            t("appointments.mail.otherMatches.outro", { url }),
          ].join("\n"),
        },
        tx,
      );
    }
  }
  const coordinators = await coordinatorEmails(tx, r?.networkId ?? null);
  const localeOf = await mailLocales(tx, coordinators);
  for (const address of coordinators) {
    const t = translator(localeOf(address));
    await services.mailer.send(
      {
        to: address,
        subject: t("appointments.mail.stalled.subject", { title: r?.title ?? "" }),
        text: `${reasonIn(t)}\n\n${t("appointments.mail.stalled.link", { url: `${baseUrl(services.env)}/coordinatie/vragen` })}`,
      },
      tx,
    );
  }
  return true;
}
