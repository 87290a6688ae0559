import { eq, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { membership, organisation, user as userTable } from "~/db/schema/index.ts";
import { conflict, invalid, notFound } from "~/domain/errors.ts";
import type { MemberRole } from "~/domain/organisations/vocabulary.ts";
import { parseLocale, translator } from "~/i18n/index.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { organisationBySlug } from "./helpers/organisation-by-slug.server.ts";

/**
 * An organisation admin adds someone who already has an account, found by
 * e-mail address. The new member hears about it by mail, sent in the same
 * transaction so there is no mail for a membership that was not saved.
 */
export async function createMembership(
  services: AppServices,
  actor: Actor,
  input: { slug: string; email: string; role: MemberRole },
) {
  const { id: organisationId } = await organisationBySlug(services.db, input.slug);
  await requirePermission(services.db, actor, "organisation.manage_members", { organisationId });
  return services.db.transaction(async (tx) => {
    const [org] = await tx.select({ name: organisation.name, slug: organisation.slug }).from(organisation).where(eq(organisation.id, organisationId)).limit(1);
    if (!org) throw notFound("organisations.notFound");

    const [person] = await tx
      .select({ id: userTable.id, name: userTable.name, email: userTable.email, locale: userTable.locale })
      .from(userTable)
      .where(eq(sql`lower(${userTable.email})`, input.email.trim().toLowerCase()))
      .limit(1);
    if (!person) throw invalid("organisations.members.unknownEmail", "email");

    const [added] = await tx
      .insert(membership)
      .values({ userId: person.id, organisationId, role: input.role, createdAt: services.clock.now() })
      .onConflictDoNothing()
      .returning({ userId: membership.userId });
    if (!added) throw conflict("organisations.members.alreadyMember", "email");

    const t = translator(parseLocale(person.locale));
    const params = {
      name: person.name,
      actor: actor?.name ?? "",
      organisation: org.name,
      role: t(`organisations.role.${input.role}`).toLowerCase(),
      url: `${baseUrl(services.env)}/organisaties/${org.slug}`,
    };
    await services.mailer.send({ to: person.email, subject: t("organisations.mail.added.subject", params), text: t("organisations.mail.added.body", params) }, tx);
    return { userId: person.id, name: person.name };
  });
}
