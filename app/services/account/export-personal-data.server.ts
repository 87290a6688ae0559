import { asc, desc, eq, or, sql } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import {
  account,
  inboxSetting,
  joinRequest,
  mailOutbox,
  membership,
  network,
  networkChangeProposal,
  networkCoordinator,
  networkHistory,
  notification,
  organisation,
  session,
  user,
} from "~/db/schema/index.ts";
import {
  appointmentEvaluation,
  appointmentMessage,
  article,
  course,
  courseSession,
  eventGroup,
  lessonRequest,
  offer,
  progressUpdate,
  registration,
  trainingNeed,
} from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { redactSecrets } from "~/domain/account/redact-secrets.ts";

/**
 * Everything the platform holds about one person (AVG art. 15 and 20), as one
 * JSON document. Secrets stay out: no password hash, no session or OAuth
 * tokens, and sign-in links in mails are blanked.
 *
 * A table that gains a reference to `user` belongs here too.
 */
export async function exportPersonalData(services: AppServices, actor: SessionUser) {
  const db = services.db;
  const [person] = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      image: user.image,
      role: user.role,
      locale: user.locale,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    })
    .from(user)
    .where(eq(user.id, actor.id));
  if (!person) throw notFound();

  const sessions = await db
    .select({
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
      expiresAt: session.expiresAt,
      ipAddress: session.ipAddress,
      userAgent: session.userAgent,
    })
    .from(session)
    .where(eq(session.userId, actor.id))
    .orderBy(desc(session.createdAt));

  const accounts = await db
    .select({ provider: account.providerId, createdAt: account.createdAt, updatedAt: account.updatedAt })
    .from(account)
    .where(eq(account.userId, actor.id));

  const memberships = await db
    .select({ organisation: organisation.name, organisationId: organisation.id, kind: organisation.kind, role: membership.role, since: membership.createdAt })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(eq(membership.userId, actor.id))
    .orderBy(asc(organisation.name));

  const coordinatorOf = await db
    .select({ network: network.name, networkId: network.id })
    .from(networkCoordinator)
    .innerJoin(network, eq(network.id, networkCoordinator.networkId))
    .where(eq(networkCoordinator.userId, actor.id))
    .orderBy(asc(network.name));

  const proposals = await db
    .select({
      id: networkChangeProposal.id,
      network: network.name,
      proposedByMe: sql<boolean>`${networkChangeProposal.proposerId} = ${actor.id}`,
      changes: networkChangeProposal.changes,
      note: networkChangeProposal.note,
      status: networkChangeProposal.status,
      reason: networkChangeProposal.reason,
      decidedByMe: sql<boolean>`coalesce(${networkChangeProposal.decidedById} = ${actor.id}, false)`,
      decidedAt: networkChangeProposal.decidedAt,
      createdAt: networkChangeProposal.createdAt,
    })
    .from(networkChangeProposal)
    .innerJoin(network, eq(network.id, networkChangeProposal.networkId))
    .where(or(eq(networkChangeProposal.proposerId, actor.id), eq(networkChangeProposal.decidedById, actor.id)))
    .orderBy(asc(networkChangeProposal.createdAt));

  const joinRequests = await db
    .select({
      id: joinRequest.id,
      network: network.name,
      organisation: organisation.name,
      requestedByMe: sql<boolean>`coalesce(${joinRequest.requesterId} = ${actor.id}, false)`,
      motivation: joinRequest.motivation,
      status: joinRequest.status,
      reason: joinRequest.reason,
      decidedByMe: sql<boolean>`coalesce(${joinRequest.decidedById} = ${actor.id}, false)`,
      decidedAt: joinRequest.decidedAt,
      createdAt: joinRequest.createdAt,
    })
    .from(joinRequest)
    .innerJoin(network, eq(network.id, joinRequest.networkId))
    .innerJoin(organisation, eq(organisation.id, joinRequest.organisationId))
    .where(or(eq(joinRequest.requesterId, actor.id), eq(joinRequest.decidedById, actor.id)))
    .orderBy(asc(joinRequest.createdAt));

  const profileChanges = await db
    .select({ network: network.name, changes: networkHistory.changes, createdAt: networkHistory.createdAt })
    .from(networkHistory)
    .innerJoin(network, eq(network.id, networkHistory.networkId))
    .where(eq(networkHistory.actorId, actor.id))
    .orderBy(asc(networkHistory.createdAt));

  const mails = await db
    .select({
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      attachments: mailOutbox.attachments,
      status: mailOutbox.status,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .where(sql`lower(${mailOutbox.to}) = ${person.email.toLowerCase()}`)
    .orderBy(asc(mailOutbox.createdAt));

  // The inbox: every item the person received, and how they want their mail.
  const inboxItems = await db
    .select({
      kind: notification.kind,
      subject: notification.subject,
      excerpt: notification.excerpt,
      link: notification.link,
      createdAt: notification.createdAt,
      readAt: notification.readAt,
      mailState: notification.mailState,
      mailedAt: notification.mailedAt,
    })
    .from(notification)
    .where(eq(notification.userId, actor.id))
    .orderBy(asc(notification.createdAt));
  const [inboxChoice] = await db.select({ dailyDigest: inboxSetting.dailyDigest }).from(inboxSetting).where(eq(inboxSetting.userId, actor.id));

  // What the person wrote or registered elsewhere on the platform.
  const email = person.email.toLowerCase();
  const courseRegistrations = await db
    .select({
      course: course.title,
      sessionStartsAt: courseSession.startsAt,
      participantName: registration.participantName,
      participantEmail: registration.participantEmail,
      status: registration.status,
      waitlistPosition: registration.waitlistPosition,
      registeredByMe: sql<boolean>`coalesce(${registration.registeredById} = ${actor.id}, false)`,
      participantIsMe: sql<boolean>`(coalesce(${registration.userId} = ${actor.id}, false) or lower(${registration.participantEmail}) = ${email})`,
      createdAt: registration.createdAt,
    })
    .from(registration)
    .innerJoin(courseSession, eq(courseSession.id, registration.sessionId))
    .innerJoin(course, eq(course.id, courseSession.courseId))
    .where(or(eq(registration.userId, actor.id), eq(registration.participantEmail, email), eq(registration.registeredById, actor.id)))
    .orderBy(asc(registration.createdAt));
  const written = {
    offers: await db.select({ title: offer.title, createdAt: offer.createdAt }).from(offer).where(eq(offer.createdById, actor.id)),
    lessonRequests: await db
      .select({ title: lessonRequest.title, createdAt: lessonRequest.createdAt })
      .from(lessonRequest)
      .where(eq(lessonRequest.createdById, actor.id)),
    appointmentMessages: await db
      .select({ body: appointmentMessage.body, createdAt: appointmentMessage.createdAt })
      .from(appointmentMessage)
      .where(eq(appointmentMessage.authorId, actor.id)),
    appointmentEvaluations: await db.select().from(appointmentEvaluation).where(eq(appointmentEvaluation.authorId, actor.id)),
    trainingNeeds: await db.select().from(trainingNeed).where(eq(trainingNeed.createdById, actor.id)),
    eventGroups: await db
      .select({ label: eventGroup.label, size: eventGroup.size, level: eventGroup.level, createdAt: eventGroup.createdAt })
      .from(eventGroup)
      .where(eq(eventGroup.registeredById, actor.id)),
    progressUpdates: await db
      .select({ text: progressUpdate.text, createdAt: progressUpdate.createdAt })
      .from(progressUpdate)
      .where(eq(progressUpdate.authorId, actor.id)),
    articles: await db.select({ title: article.title, createdAt: article.createdAt }).from(article).where(eq(article.authorId, actor.id)),
  };

  return {
    exportedAt: services.clock.now().toISOString(),
    platform: "Technohub",
    user: person,
    sessions,
    accounts,
    memberships,
    coordinatorOf,
    networkChangeProposals: proposals.map((p) => ({ ...p, proposedByMe: Boolean(p.proposedByMe), decidedByMe: Boolean(p.decidedByMe) })),
    joinRequests: joinRequests.map((j) => ({ ...j, requestedByMe: Boolean(j.requestedByMe), decidedByMe: Boolean(j.decidedByMe) })),
    networkProfileChanges: profileChanges,
    // A place the person booked for a colleague is theirs to know about, the colleague's name and address are not.
    courseRegistrations: courseRegistrations.map(({ participantIsMe, participantName, participantEmail, ...r }) => ({
      ...r,
      registeredByMe: Boolean(r.registeredByMe),
      participantIsMe: Boolean(participantIsMe),
      ...(participantIsMe ? { participantName, participantEmail } : {}),
    })),
    ...written,
    mails: mails.map((m) => ({
      ...m,
      text: redactSecrets(m.text),
      attachments: m.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType })),
    })),
    inbox: {
      dailyDigest: inboxChoice?.dailyDigest ?? false,
      items: inboxItems.map((i) => ({ ...i, link: i.link === null ? null : redactSecrets(i.link) })),
    },
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;
