import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { lessonRequest, offer, requestSuggestion, user as userTable } from "~/db/schema/index.ts";
import { conflict, invalid, notFound } from "~/domain/errors.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { mailTranslator } from "~/services/common/mail-locale.server.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { recordAudit } from "~/services/common/audit.server.ts";

/**
 * "Stel een aanbod voor": the coordinator puts an offer before a school for its open request.
 * The teacher gets an e-mail and sees it on the request's page (/vragen/:id), where she sends
 * the request to it.
 */
export async function proposeOffer(services: AppServices, actor: Actor, input: { requestId: string; offerId: string; note: string }) {
  const [r] = await services.db.select().from(lessonRequest).where(eq(lessonRequest.id, input.requestId));
  if (!r) throw notFound("appointments.error.request");
  if (!r.networkId) throw notFound("appointments.error.request");
  await requirePermission(services.db, actor, "network.manage", { networkId: r.networkId });
  if (r.status !== "open") throw conflict("appointments.error.requestClosed");
  return services.db.transaction(async (tx) => {
    const [o] = await tx.select({ id: offer.id, title: offer.title, status: offer.status, hiddenAt: offer.hiddenAt }).from(offer).where(eq(offer.id, input.offerId));
    if (!o || o.status !== "published" || o.hiddenAt) throw invalid("appointments.error.offer", "offerId");
    const now = services.clock.now();
    const rows = await tx
      .insert(requestSuggestion)
      .values({ requestId: r.id, offerId: o.id, source: "coordinator", suggestedById: actor!.id, note: input.note.trim(), createdAt: now })
      .onConflictDoNothing()
      .returning();
    if (rows.length === 0) throw conflict("appointments.error.alreadySuggested", "offerId");
    await recordAudit(tx, actor, "request.propose_offer", { type: "lesson_request", id: r.id, label: r.title }, null, rows[0]);
    if (r.createdById) {
      const [teacher] = await tx.select({ email: userTable.email }).from(userTable).where(eq(userTable.id, r.createdById));
      if (teacher) {
        const { t } = await mailTranslator(tx, teacher.email);
        await services.mailer.send(
          {
            to: teacher.email,
            subject: t("appointments.mail.proposal.subject", { offer: o.title }),
            text: [
              t("appointments.mail.proposal.intro", { request: r.title, offer: o.title }),
              input.note.trim() ? `\n${input.note.trim()}` : "",
              "",
              t("appointments.mail.proposal.outro", { url: `${baseUrl(services.env)}/vragen/${r.id}#voorstellen` }),
            ].join("\n"),
          },
          tx,
        );
      }
    }
    return rows[0]!;
  });
}
