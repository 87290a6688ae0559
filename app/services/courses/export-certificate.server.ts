import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { course, courseSession, organisation } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { findAccessibleRegistration, type RegistrationKey } from "./helpers/registration-access.server.ts";
import { startPdf } from "~/lib/pdf/pdf-document.server.ts";

/**
 * A certificate of participation (bewijs van deelname) as PDF, for someone
 * who attended: their name, the course, the date, the provider. The
 * participant and the provider's people can download it.
 */
export async function exportCertificate(services: AppServices, actor: Actor, input: RegistrationKey) {
  const { registration: r } = await findAccessibleRegistration(services.db, actor, input);
  if (r.status !== "attended") throw invalid("courses.error.certificateNotAttended");
  const [c] = await services.db
    .select({ title: course.title, leadsTo: course.leadsTo, duration: course.duration, provider: organisation.name, startsAt: courseSession.startsAt, endsAt: courseSession.endsAt })
    .from(courseSession)
    .innerJoin(course, eq(course.id, courseSession.courseId))
    .innerJoin(organisation, eq(organisation.id, course.providerId))
    .where(eq(courseSession.id, r.sessionId));
  const info = c!;
  // In the language of whoever downloads it: the participant, or the provider's people.
  const locale = actor?.locale ?? "nl";
  const t = translator(locale);
  const { doc, finish } = await startPdf({ title: `${t("courses.certificate.title")} – ${info.title}`, author: info.provider, margin: 60, lang: locale === "en" ? "en-GB" : "nl-NL" });
  const day = formatDate(info.startsAt, locale);
  const lastDay = formatDate(info.endsAt, locale);
  doc.font("Helvetica-Bold").fontSize(28).text(t("courses.certificate.title"), { align: "center" });
  doc.moveDown(2);
  doc.font("Helvetica").fontSize(14).text(t("courses.certificate.hereby"), { align: "center" });
  doc.moveDown(0.5);
  doc.font("Helvetica-Bold").fontSize(18).text(info.provider, { align: "center" });
  doc.moveDown(0.5);
  doc.font("Helvetica").fontSize(14).text(t("courses.certificate.that"), { align: "center" });
  doc.moveDown(0.5);
  doc.font("Helvetica-Bold").fontSize(22).text(r.participantName, { align: "center" });
  doc.moveDown(0.5);
  doc.font("Helvetica").fontSize(14).text(t("courses.certificate.tookPart"), { align: "center" });
  doc.moveDown(0.5);
  doc.font("Helvetica-Bold").fontSize(18).text(info.title, { align: "center" });
  doc.moveDown(0.5);
  doc.font("Helvetica").fontSize(14).text(day === lastDay ? t("courses.certificate.on", { day }) : t("courses.certificate.fromTo", { from: day, to: lastDay }), { align: "center" });
  if (info.duration) doc.text(t("courses.certificate.duration", { duration: info.duration }), { align: "center" });
  doc.moveDown(3);
  doc.fontSize(10).fillColor("#444").text(t("courses.certificate.issued", { date: formatDate(services.clock.now(), locale), id: r.id }), { align: "center" });
  const slug = info.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return { filename: `bewijs-van-deelname-${slug}.pdf`, body: await finish() };
}
