import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { network, onboardingInvitation, organisation } from "~/db/schema/index.ts";
import { absoluteUrl } from "~/lib/env.server.ts";
import { translator } from "~/i18n/index.ts";
import { mailLocales } from "~/services/common/mail-locale.server.ts";

/** Only the hash of an invitation's token is stored; the link in the mail carries the token itself. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: tokenHash(token) };
}

export type InvitationMail = { email: string; name: string | null; organisation: string; network: string; token: string };

/**
 * Invitations (or their reminders) as mail, in the caller's transaction, each in its recipient's
 * language; an import's thousands go out in a few statements.
 */
export async function sendInvitationMails(services: Pick<AppServices, "mailer" | "env">, tx: Db, mails: readonly InvitationMail[], kind: "invite" | "reminder"): Promise<void> {
  const localeOf = await mailLocales(tx, mails.map((m) => m.email));
  const messages = mails.map((mail) => {
    const t = translator(localeOf(mail.email));
    const values = {
      name: mail.name ?? t("onboarding.mail.anonymous"),
      organisation: mail.organisation,
      network: mail.network,
      url: absoluteUrl(services, `/uitnodiging/${mail.token}`),
    };
    return { to: mail.email, subject: t(`onboarding.mail.${kind}.subject`, values), text: t(`onboarding.mail.${kind}.body`, values) };
  });
  await services.mailer.sendMany(messages, tx);
}

/**
 * Mails an open invitation again with a fresh token (a reminder, or the coordinator's resend): the
 * new hash and the outbox row are written together, so the newest mail's link is the one that works.
 */
export async function remailInvitation(services: Pick<AppServices, "mailer" | "env">, tx: Db, invitationId: string, kind: "invite" | "reminder", at: Date): Promise<void> {
  const { token, hash } = newToken();
  const [row] = await tx
    .update(onboardingInvitation)
    .set(kind === "reminder" ? { tokenHash: hash, remindedAt: at } : { tokenHash: hash, sentAt: at, remindedAt: null })
    .where(eq(onboardingInvitation.id, invitationId))
    .returning({ email: onboardingInvitation.email, name: onboardingInvitation.name, organisationId: onboardingInvitation.organisationId, networkId: onboardingInvitation.networkId });
  if (!row) return;
  const [names] = await tx
    .select({ organisation: organisation.name, network: network.name })
    .from(organisation)
    .innerJoin(network, eq(network.id, row.networkId))
    .where(eq(organisation.id, row.organisationId));
  await sendInvitationMails(services, tx, [{ email: row.email, name: row.name, organisation: names?.organisation ?? "", network: names?.network ?? "", token }], kind);
}
