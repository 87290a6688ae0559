import type { AppServices } from "~/context.ts";
import { sessionIcs } from "~/domain/courses/calendar.ts";
import { formatSessionTime } from "~/domain/courses/format.ts";
import { formatDate } from "~/i18n/index.ts";
import { baseUrl } from "~/lib/env.server.ts";
import type { MailMessage } from "~/lib/mail/mailer.server.ts";
import type { LockedSession } from "./session-places.server.ts";

type Person = { id: string; name: string; email: string; token: string };

const link = (services: AppServices, path: string) => `${baseUrl(services.env)}${path}`;
const registrationLink = (services: AppServices, p: Person) => link(services, `/aanmelding/${p.id}?sleutel=${p.token}`);
const when = (s: LockedSession) => formatSessionTime(s.startsAt, s.endsAt);
const deadline = (d: Date) => formatDate(d, "nl", { dateStyle: "long", timeStyle: "short" });

function calendarAttachment(services: AppServices, session: LockedSession, person: Person) {
  const ics = sessionIcs({
    uid: `${person.id}@technohub`,
    title: session.courseTitle,
    description: `${session.courseTitle} door ${session.providerName}. Uw aanmelding: ${registrationLink(services, person)}`,
    location: session.locationText,
    url: link(services, `/cursussen/${session.courseSlug}`),
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    provider: session.providerName,
  });
  return { filename: "cursus.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: ics };
}

export function confirmedMail(services: AppServices, session: LockedSession, person: Person): MailMessage {
  return {
    to: person.email,
    subject: `Aanmelding bevestigd: ${session.courseTitle}`,
    text: [
      `Beste ${person.name},`,
      "",
      `U bent aangemeld voor ${session.courseTitle} van ${session.providerName}.`,
      `Wanneer: ${when(session)}`,
      `Waar: ${session.locationText}`,
      "",
      "In de bijlage vindt u een agenda-afspraak (ICS) voor uw agenda.",
      `Bekijken of annuleren (tot ${deadline(session.registrationDeadline)}): ${registrationLink(services, person)}`,
      "",
      "Met vriendelijke groet,",
      "Technohub",
    ].join("\n"),
    attachments: [calendarAttachment(services, session, person)],
  };
}

export function waitlistedMail(services: AppServices, session: LockedSession, person: Person, position: number): MailMessage {
  return {
    to: person.email,
    subject: `Wachtlijst: ${session.courseTitle}`,
    text: [
      `Beste ${person.name},`,
      "",
      `De sessie van ${session.courseTitle} op ${when(session)} is vol. U staat op de wachtlijst, op plaats ${position}.`,
      "Komt er een plaats vrij, dan krijgt u bericht en kunt u die plaats 48 uur lang aannemen.",
      `Uw plaats op de wachtlijst bekijken of u afmelden: ${registrationLink(services, person)}`,
      "",
      "Met vriendelijke groet,",
      "Technohub",
    ].join("\n"),
  };
}

export function vacancyMail(services: AppServices, session: LockedSession, person: Person, expiresAt: Date): MailMessage {
  return {
    to: person.email,
    subject: `Er is een plaats vrij: ${session.courseTitle}`,
    text: [
      `Beste ${person.name},`,
      "",
      `Er is een plaats vrijgekomen bij ${session.courseTitle} op ${when(session)}. Die plaats houden we voor u vast tot ${deadline(expiresAt)}.`,
      `Plaats aannemen: ${link(services, `/aanmelding/${person.id}?sleutel=${person.token}`)}`,
      "Neemt u de plaats niet op tijd aan, dan gaat hij naar de volgende op de wachtlijst.",
      "",
      "Met vriendelijke groet,",
      "Technohub",
    ].join("\n"),
  };
}

export function employeeConfirmMail(
  services: AppServices,
  session: LockedSession,
  person: Person,
  employer: { name: string; organisation: string },
  holdUntil: Date | null,
  position: number | null,
): MailMessage {
  const status = holdUntil
    ? `Er staat een plaats voor u klaar. Bevestig uw deelname vóór ${deadline(holdUntil)}, anders vervalt de plaats.`
    : `De sessie is vol: u staat op de wachtlijst, op plaats ${position}.`;
  return {
    to: person.email,
    subject: `Bevestig uw aanmelding: ${session.courseTitle}`,
    text: [
      `Beste ${person.name},`,
      "",
      `${employer.name} van ${employer.organisation} heeft u aangemeld voor ${session.courseTitle} van ${session.providerName} op ${when(session)} (${session.locationText}).`,
      status,
      "",
      holdUntil ? `Deelname bevestigen: ${link(services, `/aanmelding/bevestigen/${person.token}`)}` : `Uw aanmelding bekijken: ${registrationLink(services, person)}`,
      `Niet deelnemen? Annuleer via: ${registrationLink(services, person)}`,
      "",
      "Met vriendelijke groet,",
      "Technohub",
    ].join("\n"),
  };
}

export function cancelledByProviderMail(services: AppServices, session: LockedSession, person: Person): MailMessage {
  return {
    to: person.email,
    subject: `Geannuleerd: ${session.courseTitle} op ${formatDate(session.startsAt, "nl")}`,
    text: [
      `Beste ${person.name},`,
      "",
      `${session.providerName} heeft de sessie van ${session.courseTitle} op ${when(session)} geannuleerd. Uw aanmelding vervalt daarmee.`,
      `Andere sessies vindt u op ${link(services, `/cursussen/${session.courseSlug}`)}.`,
      "",
      "Met vriendelijke groet,",
      "Technohub",
    ].join("\n"),
  };
}
