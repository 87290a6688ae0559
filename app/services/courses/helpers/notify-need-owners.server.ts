import { and, eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { course, needNotification, organisation, trainingNeed, user } from "~/db/schema/index.ts";
import { coverage } from "~/domain/courses/matching.ts";
import { TOPIC_LABELS, type CourseTopic } from "~/domain/courses/vocabulary.ts";
import { baseUrl } from "~/lib/env.server.ts";

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
    await services.mailer.send(
      {
        to,
        subject: `Nieuwe cursus voor uw opleidingsbehoefte: ${published.title}`,
        text: [
          `Beste ${need.contactName ?? need.company},`,
          "",
          `${published.provider} heeft een cursus gepubliceerd die past bij de opleidingsbehoefte van ${need.company} (${TOPIC_LABELS[need.topic as CourseTopic] ?? need.topic}):`,
          "",
          `${published.title}`,
          `${url}/cursussen/${published.slug}`,
          "",
          `Uw behoefte bekijken of sluiten: ${url}/behoeften/${need.id}`,
          "",
          "Met vriendelijke groet,",
          "Technohub",
        ].join("\n"),
      },
      tx,
    );
    sent++;
  }
  return sent;
}
