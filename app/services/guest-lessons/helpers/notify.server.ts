import { translator, type Locale, type Translate } from "~/i18n/index.ts";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { timeRange } from "~/domain/guest-lessons/agreed-time.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { mailLocales } from "~/services/common/mail-locale.server.ts";
import { appointmentsIcs } from "./ics.server.ts";
import { contactsOf, namesOf, type AppointmentRow } from "./load-appointment.server.ts";

/** A mail's subject and body, written for one reader's language. */
export type NoticeText = (t: Translate, locale: Locale) => { subject: string; body: string };

/** A day as a reader says it: "dinsdag 9 maart 2027", "Tuesday 9 March 2027". */
export function longDate(date: string | null, locale: Locale): string {
  if (!date) return "";
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** A day and a start time: "dinsdag 9 maart 2027 om 09:30". */
export function dateAt(t: Translate, locale: Locale, date: string, time: string | null | undefined): string {
  return t("appointments.mail.dateAt", { date: longDate(date, locale), time: time ?? "" });
}

export function appointmentUrl(services: AppServices, id: string) {
  return `${baseUrl(services.env)}/afspraken/${id}`;
}

export async function calendarAttachment(db: Db, services: AppServices, a: AppointmentRow, locale: Locale = "nl") {
  const names = await namesOf(db, a);
  const ics = appointmentsIcs(
    [{ appointment: a, offerTitle: names.offer.title, schoolName: names.school.name, providerName: names.provider.name, place: a.location === "company" ? names.offer.place : names.school.place, url: appointmentUrl(services, a.id) }],
    `${names.offer.title}`,
    a.state === "cancelled" ? "CANCEL" : "PUBLISH",
    locale,
  );
  return { filename: translator(locale)("appointments.mail.icsFilename"), contentType: "text/calendar; charset=utf-8", content: ics };
}

/**
 * Sends one text to each address in its reader's language, with the link to the appointment
 * and, when asked, the calendar file in that language too.
 */
async function sendInEachLanguage(tx: Db, services: AppServices, a: AppointmentRow, to: readonly string[], text: NoticeText, attachCalendar: boolean) {
  const addresses = [...new Set(to)];
  const localeOf = await mailLocales(tx, addresses);
  const calendars = new Map<Locale, Awaited<ReturnType<typeof calendarAttachment>>>();
  for (const address of addresses) {
    const locale = localeOf(address);
    const t = translator(locale);
    const { subject, body } = text(t, locale);
    let attachments: Awaited<ReturnType<typeof calendarAttachment>>[] = [];
    if (attachCalendar) {
      if (!calendars.has(locale)) calendars.set(locale, await calendarAttachment(tx, services, a, locale));
      attachments = [calendars.get(locale)!];
    }
    const textWithLink = `${body}\n\n${t("appointments.mail.view", { url: appointmentUrl(services, a.id) })}`;
    await services.mailer.send({ to: address, subject, text: textWithLink, attachments }, tx);
  }
}

/**
 * Tells both sides what happened, in the transaction of the change (the outbox row exists only
 * if the change commits). Scheduled and cancelled appointments carry the calendar file.
 */
export async function notifyTransition(
  tx: Db,
  services: AppServices,
  a: AppointmentRow,
  options: { reason?: string | ((t: Translate) => string) | null; extra?: (t: Translate) => string } = {},
) {
  const names = await namesOf(tx, a);
  const contacts = await contactsOf(tx, a);
  const text: NoticeText = (t, locale) => {
    const values = {
      offer: names.offer.title,
      school: names.school.name,
      provider: names.provider.name,
      // The agreed time to the minute, where there is one: "dinsdag 9 maart 2027, 09:30–11:30".
      date: [longDate(a.date, locale), timeRange(a.startsAt, a.endsAt)].filter(Boolean).join(", "),
      dateSuffix: a.date ? ` ${t("appointments.mail.onDate", { date: longDate(a.date, locale) })}` : "",
    };
    const lines = [t(`appointments.mail.body.${a.state}`, values)];
    const reason = typeof options.reason === "function" ? options.reason(t) : options.reason;
    if (reason) lines.push("", t("appointments.mail.reason", { reason }));
    const extra = options.extra?.(t);
    if (extra) lines.push("", extra);
    return { subject: t(`appointments.mail.subject.${a.state}`, values), body: lines.join("\n") };
  };
  const attachCalendar = a.state === "scheduled" || (a.state === "cancelled" && !!a.date);
  const to = a.state === "requested" ? contacts.provider : [...contacts.school, ...contacts.provider];
  await sendInEachLanguage(tx, services, a, to, text, attachCalendar);
}

/** A plain notice about an appointment to chosen people (reminders, escalations, messages). */
export async function sendNotice(tx: Db, services: AppServices, a: AppointmentRow, to: readonly string[], text: NoticeText, options: { attachCalendar?: boolean } = {}) {
  await sendInEachLanguage(tx, services, a, to, text, options.attachCalendar ?? false);
}
