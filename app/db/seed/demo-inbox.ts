import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client.server.ts";
import { appointment, appointmentMessage, lessonRequest, membership, networkCoordinator, offer, organisation, requestEscalation, user } from "../schema/index.ts";
import { createMailer } from "../../lib/mail/mailer.server.ts";

/**
 * A few mails the demo people would have had by now, about the demo appointments seeded before:
 * the company contact a new request and the school's message, the teacher the lesson that is
 * fixed and the visit to evaluate, the coordinator the request nobody answered. They go through
 * the real mailer, so each is an outbox mail and, for a registered person, an inbox item; that
 * way "Berichten" is not empty for someone trying the demo. The mailer has no transport: the
 * demo addresses are invented, so even with SMTP configured nothing is delivered; the mails stay
 * in the outbox (/dev/mail). The texts follow the platform's own mails about appointments
 * (app/services/guest-lessons).
 */
export async function seedDemoInbox(tx: Db, base: string): Promise<number> {
  const mailer = createMailer({ db: tx, transport: null, baseUrl: base });
  const school = alias(organisation, "school");
  const provider = alias(organisation, "provider");
  const rows = await tx
    .select({
      id: appointment.id,
      state: appointment.state,
      date: appointment.date,
      requestId: appointment.requestId,
      networkId: appointment.networkId,
      offerTitle: offer.title,
      schoolId: school.id,
      schoolName: school.name,
      providerId: provider.id,
      providerName: provider.name,
      escalationReason: requestEscalation.reason,
      requestTitle: lessonRequest.title,
    })
    .from(appointment)
    .innerJoin(offer, eq(offer.id, appointment.offerId))
    .innerJoin(school, eq(school.id, appointment.schoolOrganisationId))
    .innerJoin(provider, eq(provider.id, appointment.providerOrganisationId))
    .leftJoin(lessonRequest, eq(lessonRequest.id, appointment.requestId))
    .leftJoin(requestEscalation, eq(requestEscalation.requestId, appointment.requestId))
    .orderBy(asc(appointment.requestedAt));

  const membersOf = async (organisationId: string) =>
    (await tx.select({ email: user.email }).from(membership).innerJoin(user, eq(user.id, membership.userId)).where(eq(membership.organisationId, organisationId))).map((u) => u.email);
  const coordinatorsOf = async (networkId: string | null) =>
    networkId
      ? (await tx.select({ email: user.email }).from(networkCoordinator).innerJoin(user, eq(user.id, networkCoordinator.userId)).where(eq(networkCoordinator.networkId, networkId))).map((u) => u.email)
      : [];
  const dutchDate = (d: string | null) =>
    d ? new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${d}T00:00:00Z`)) : "";

  const mails: { to: string[]; subject: string; text: string }[] = [];
  const look = (id: string) => `Bekijk de afspraak: ${base}/afspraken/${id}`;
  // One of each kind, the first appointment of that kind in the demo, so the items are about real records.
  const requested = rows.find((r) => r.state === "requested" && !r.escalationReason);
  if (requested) {
    const company = await membersOf(requested.providerId);
    mails.push({
      to: company,
      subject: `Nieuwe aanvraag: ${requested.offerTitle} voor ${requested.schoolName}`,
      text: `${requested.schoolName} vraagt ${requested.offerTitle} aan bij ${requested.providerName}. Bekijk de voorgestelde data en geef binnen een paar werkdagen antwoord.\n\n${look(requested.id)}`,
    });
    const [message] = await tx
      .select({ body: appointmentMessage.body, author: user.name })
      .from(appointmentMessage)
      .leftJoin(user, eq(user.id, appointmentMessage.authorId))
      .where(and(eq(appointmentMessage.appointmentId, requested.id), eq(appointmentMessage.authorSide, "school")))
      .orderBy(asc(appointmentMessage.createdAt))
      .limit(1);
    if (message) {
      mails.push({
        to: company,
        subject: `Nieuw bericht over ${requested.offerTitle}`,
        text: `${message.author ?? `De docent van ${requested.schoolName}`} (${requested.schoolName}) schreef:\n\n${message.body}\n\n${look(requested.id)}`,
      });
    }
  }
  const scheduled = rows.find((r) => r.state === "scheduled" && r.date);
  if (scheduled) {
    mails.push({
      to: await membersOf(scheduled.schoolId),
      subject: `Afspraak ingepland: ${scheduled.offerTitle} op ${dutchDate(scheduled.date)}`,
      text: `${scheduled.offerTitle} van ${scheduled.providerName} bij ${scheduled.schoolName} staat vast op ${dutchDate(scheduled.date)}.\n\n${look(scheduled.id)}`,
    });
  }
  const tookPlace = rows.find((r) => r.state === "took_place");
  if (tookPlace) {
    mails.push({
      to: await membersOf(tookPlace.schoolId),
      subject: `Afspraak heeft plaatsgevonden: ${tookPlace.offerTitle}`,
      text: `${tookPlace.offerTitle} bij ${tookPlace.schoolName} heeft plaatsgevonden. Vul nu de korte evaluatie in: zo weten we wat het de leerlingen heeft opgeleverd.\n\n${look(tookPlace.id)}`,
    });
  }
  const escalated = rows.find((r) => r.escalationReason);
  if (escalated) {
    mails.push({
      to: await coordinatorsOf(escalated.networkId),
      subject: `Vraag blijft liggen: ${escalated.requestTitle ?? escalated.offerTitle}`,
      text: `${escalated.escalationReason}\n\nBekijk de open vragen van uw netwerk: ${base}/coordinatie/vragen`,
    });
  }

  let sent = 0;
  for (const mail of mails) {
    for (const to of new Set(mail.to)) {
      await mailer.send({ to, subject: mail.subject, text: mail.text }, tx);
      sent++;
    }
  }
  return sent;
}
