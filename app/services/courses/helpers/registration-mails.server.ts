import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { sessionIcs } from "~/domain/courses/calendar.ts";
import { formatSessionTime } from "~/domain/courses/format.ts";
import { formatDate, translator, type Locale, type Translate } from "~/i18n/index.ts";
import { baseUrl } from "~/lib/env.server.ts";
import type { MailMessage } from "~/lib/mail/mailer.server.ts";
import { mailLocales } from "~/services/common/mail-locale.server.ts";
import type { LockedSession } from "./session-places.server.ts";

/** The person a registration mail is for, with the language they read it in. */
type Person = { id: string; name: string; email: string; token: string; locale: Locale };

/** `person` with the language of its address (its account's, Dutch without one), for the mails below. */
export async function withMailLocale<P extends { email: string }>(db: Db, person: P): Promise<P & { locale: Locale }> {
  return { ...person, locale: (await mailLocales(db, [person.email]))(person.email) };
}

const link = (services: AppServices, path: string) => `${baseUrl(services.env)}${path}`;
const registrationLink = (services: AppServices, p: Person) => link(services, `/aanmelding/${p.id}?sleutel=${p.token}`);
const when = (s: LockedSession, p: Person) => formatSessionTime(s.startsAt, s.endsAt, p.locale);
const deadline = (d: Date, p: Person) => formatDate(d, p.locale, { dateStyle: "long", timeStyle: "short" });

/** The salutation, the lines and the sign-off every registration mail has. */
function letter(t: Translate, person: Person, lines: string[]): string {
  return [t("courses.mail.greeting", { name: person.name }), "", ...lines, "", t("courses.mail.closing"), "Technohub"].join("\n");
}

function calendarAttachment(services: AppServices, session: LockedSession, person: Person) {
  const t = translator(person.locale);
  const ics = sessionIcs({
    uid: `${person.id}@technohub`,
    title: session.courseTitle,
    description: t("courses.mail.icsDescription", { course: session.courseTitle, provider: session.providerName, url: registrationLink(services, person) }),
    location: session.locationText,
    url: link(services, `/cursussen/${session.courseSlug}`),
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    provider: session.providerName,
  });
  return { filename: t("courses.mail.icsFilename"), contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: ics };
}

export function confirmedMail(services: AppServices, session: LockedSession, person: Person): MailMessage {
  const t = translator(person.locale);
  const course = session.courseTitle;
  return {
    to: person.email,
    subject: t("courses.mail.confirmed.subject", { course }),
    text: letter(t, person, [
      t("courses.mail.confirmed.registered", { course, provider: session.providerName }),
      t("courses.mail.when", { when: when(session, person) }),
      t("courses.mail.where", { where: session.locationText }),
      "",
      t("courses.mail.confirmed.attachment"),
      t("courses.mail.confirmed.manage", { deadline: deadline(session.registrationDeadline, person), url: registrationLink(services, person) }),
    ]),
    attachments: [calendarAttachment(services, session, person)],
  };
}

export function waitlistedMail(services: AppServices, session: LockedSession, person: Person, position: number): MailMessage {
  const t = translator(person.locale);
  const course = session.courseTitle;
  return {
    to: person.email,
    subject: t("courses.mail.waitlisted.subject", { course }),
    text: letter(t, person, [
      t("courses.mail.waitlisted.full", { course, when: when(session, person), position }),
      t("courses.mail.waitlisted.vacancy"),
      t("courses.mail.waitlisted.manage", { url: registrationLink(services, person) }),
    ]),
  };
}

export function vacancyMail(services: AppServices, session: LockedSession, person: Person, expiresAt: Date): MailMessage {
  const t = translator(person.locale);
  const course = session.courseTitle;
  return {
    to: person.email,
    subject: t("courses.mail.vacancy.subject", { course }),
    text: letter(t, person, [
      t("courses.mail.vacancy.free", { course, when: when(session, person), deadline: deadline(expiresAt, person) }),
      t("courses.mail.vacancy.accept", { url: link(services, `/aanmelding/${person.id}?sleutel=${person.token}`) }),
      t("courses.mail.vacancy.lapse"),
    ]),
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
  const t = translator(person.locale);
  const course = session.courseTitle;
  const status = holdUntil
    ? t("courses.mail.employee.held", { deadline: deadline(holdUntil, person) })
    : t("courses.mail.employee.waitlisted", { position: position ?? "" });
  return {
    to: person.email,
    subject: t("courses.mail.employee.subject", { course }),
    text: letter(t, person, [
      t("courses.mail.employee.registered", {
        employer: employer.name,
        organisation: employer.organisation,
        course,
        provider: session.providerName,
        when: when(session, person),
        where: session.locationText,
      }),
      status,
      "",
      holdUntil
        ? t("courses.mail.employee.confirm", { url: link(services, `/aanmelding/bevestigen/${person.token}`) })
        : t("courses.mail.employee.view", { url: registrationLink(services, person) }),
      t("courses.mail.employee.cancel", { url: registrationLink(services, person) }),
    ]),
  };
}

export function cancelledByProviderMail(services: AppServices, session: LockedSession, person: Person): MailMessage {
  const t = translator(person.locale);
  const course = session.courseTitle;
  return {
    to: person.email,
    subject: t("courses.mail.cancelled.subject", { course, date: formatDate(session.startsAt, person.locale) }),
    text: letter(t, person, [
      t("courses.mail.cancelled.body", { provider: session.providerName, course, when: when(session, person) }),
      t("courses.mail.cancelled.others", { url: link(services, `/cursussen/${session.courseSlug}`) }),
    ]),
  };
}
