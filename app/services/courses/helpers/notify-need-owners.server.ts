import { and, eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { course, needNotification, organisation, trainingNeed, user } from "~/db/schema/index.ts";
import { coverage } from "~/domain/courses/matching.ts";
import { labelOf } from "~/i18n/index.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { mailTranslator } from "~/services/common/mail-locale.server.ts";

/**
 * A course was published: every company with an open need it covers gets one
 * e-mail (need_notification's key makes it once per need and course, also if
 * the course is unpublished and published again). Runs in the publishing
 * transaction, so the mail exists only if the course does.
 */
export async function notifyNeedOwners(services: AppServices, tx: Db, courseId: string): Promise<number> {
  const [published] = await tx
    .select({ id: course.id, slug: course.slug, title: course.title, topics: course.topics, searchText: course.searchText, status: course.status, provider: organisation.name })
    .from(course)
    .innerJoin(organisation, eq(organisation.id, course.providerId))
    .where(eq(course.id, courseId));
  if (!published || published.status !== "published") return 0;
  const needs = await tx
    .select({
      id: trainingNeed.id,
      topic: trainingNeed.topic,
      description: trainingNeed.description,
      company: organisation.name,
      companyEmail: organisation.email,
      contactEmail: user.email,
      contactName: user.name,
    })
    .from(trainingNeed)
    .innerJoin(organisation, eq(organisation.id, trainingNeed.organisationId))
    .leftJoin(user, eq(user.id, trainingNeed.createdById))
    .where(and(eq(trainingNeed.status, "open")));
  let sent = 0;
  for (const need of needs) {
    if (!coverage(need, published).covers) continue;
    const to = need.contactEmail ?? need.companyEmail;
    if (!to) continue;
    const inserted = await tx.insert(needNotification).values({ needId: need.id, courseId: published.id, sentAt: services.clock.now() }).onConflictDoNothing().returning();
    if (inserted.length === 0) continue;
    const url = baseUrl(services.env);
    const { t } = await mailTranslator(tx, to);
    await services.mailer.send(
      {
        to,
        subject: t("courses.mail.need.subject", { course: published.title }),
        text: [
          t("courses.mail.greeting", { name: need.contactName ?? need.company }),
          "",
          t("courses.mail.need.published", { provider: published.provider, company: need.company, topic: labelOf(t, `courses.topic.${need.topic}`, need.topic) }),
          "",
          `${published.title}`,
          `${url}/cursussen/${published.slug}`,
          "",
          t("courses.mail.need.manage", { url: `${url}/behoeften/${need.id}` }),
          "",
          t("courses.mail.closing"),
          "Technohub",
        ].join("\n"),
      },
      tx,
    );
    sent++;
  }
  return sent;
}
