import type { Locale } from "~/i18n/index.ts";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import type { AppointmentState } from "~/domain/guest-lessons/vocabulary.ts";
import { timeRange } from "~/domain/guest-lessons/agreed-time.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { appointmentsIcs } from "./ics.server.ts";
import { contactsOf, namesOf, type AppointmentRow } from "./load-appointment.server.ts";

const SUBJECT: Record<AppointmentState, string> = {
  requested: "Nieuwe aanvraag: {offer} voor {school}",
  accepted: "Aanvraag geaccepteerd: {offer} – de datum volgt",
  scheduled: "Afspraak ingepland: {offer} op {date}",
  declined: "Aanvraag afgewezen: {offer}",
  expired: "Aanvraag verlopen: {offer}",
  cancelled: "Afspraak geannuleerd: {offer}",
  took_place: "Afspraak heeft plaatsgevonden: {offer}",
  evaluated: "Afspraak geëvalueerd: {offer}",
};

const BODY: Record<AppointmentState, string> = {
  requested: "{school} vraagt {offer} aan bij {provider}. Bekijk de voorgestelde data en geef binnen een paar werkdagen antwoord.",
  accepted: "{provider} wil {offer} graag verzorgen voor {school}. Spreek samen een datum af via de berichten bij de afspraak.",
  scheduled: "{offer} van {provider} bij {school} staat vast op {date}. In de bijlage vindt u de afspraak voor uw agenda.",
  declined: "{provider} kan {offer} helaas niet verzorgen voor {school}.",
  expired: "Op de aanvraag van {school} voor {offer} is niet op tijd gereageerd; de voorgestelde data zijn voorbij.",
  cancelled: "De afspraak {offer} tussen {school} en {provider}{dateSuffix} is geannuleerd.",
  took_place: "{offer} bij {school} heeft plaatsgevonden. Vul nu de korte evaluatie in: zo weten we wat het de leerlingen heeft opgeleverd.",
  evaluated: "De docent van {school} heeft {offer} geëvalueerd. Dank u wel!",
};

export function dutchLongDate(date: string | null): string {
  if (!date) return "";
  return new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

export function appointmentUrl(services: AppServices, id: string) {
  return `${baseUrl(services.env)}/afspraken/${id}`;
}

function fill(template: string, values: Record<string, string>) {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

export async function calendarAttachment(db: Db, services: AppServices, a: AppointmentRow, locale: Locale = "nl") {
  const names = await namesOf(db, a);
  const ics = appointmentsIcs(
    [{ appointment: a, offerTitle: names.offer.title, schoolName: names.school.name, providerName: names.provider.name, place: a.location === "company" ? names.offer.place : names.school.place, url: appointmentUrl(services, a.id) }],
    `${names.offer.title}`,
    a.state === "cancelled" ? "CANCEL" : "PUBLISH",
    locale,
  );
  return { filename: "afspraak.ics", contentType: "text/calendar; charset=utf-8", content: ics };
}

/**
 * Tells both sides what happened, in the transaction of the change (the outbox row exists only
 * if the change commits). Scheduled and cancelled appointments carry the calendar file.
 */
export async function notifyTransition(tx: Db, services: AppServices, a: AppointmentRow, options: { reason?: string | null; extra?: string } = {}) {
  const names = await namesOf(tx, a);
  const contacts = await contactsOf(tx, a);
  const values = {
    offer: names.offer.title,
    school: names.school.name,
    provider: names.provider.name,
    // The agreed time to the minute, where there is one: "dinsdag 9 maart 2027, 09:30–11:30".
    date: [dutchLongDate(a.date), timeRange(a.startsAt, a.endsAt)].filter(Boolean).join(", "),
    dateSuffix: a.date ? ` op ${dutchLongDate(a.date)}` : "",
  };
  const lines = [fill(BODY[a.state], values)];
  if (options.reason) lines.push("", `Toelichting: ${options.reason}`);
  if (options.extra) lines.push("", options.extra);
  lines.push("", `Bekijk de afspraak: ${appointmentUrl(services, a.id)}`);
  const attachments = a.state === "scheduled" || (a.state === "cancelled" && a.date) ? [await calendarAttachment(tx, services, a)] : [];
  const to = a.state === "requested" ? contacts.provider : [...contacts.school, ...contacts.provider];
  for (const address of new Set(to)) {
    await services.mailer.send({ to: address, subject: fill(SUBJECT[a.state], values), text: lines.join("\n"), attachments }, tx);
  }
}

/** A plain notice about an appointment to chosen people (reminders, escalations, messages). */
export async function sendNotice(tx: Db, services: AppServices, a: AppointmentRow, to: readonly string[], subject: string, body: string, options: { attachCalendar?: boolean } = {}) {
  const attachments = options.attachCalendar ? [await calendarAttachment(tx, services, a)] : [];
  const text = `${body}\n\nBekijk de afspraak: ${appointmentUrl(services, a.id)}`;
  for (const address of new Set(to)) await services.mailer.send({ to: address, subject, text, attachments }, tx);
}
