import { and, asc, eq, gte, inArray, isNull, notExists, or } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { appointment, appointmentEvaluation, lessonRequest, offer, requestSuggestion } from "~/db/schema/index.ts";
import { addDays, amsterdamToday } from "~/domain/common/time.ts";
import { DECISION_DAYS, EVALUATION_DAYS } from "~/domain/home/pending.ts";
import { jsonRows, named, part, type Part } from "./parts.server.ts";

type TeacherRows = {
  suggestions: { id: string; requestId: string; requestTitle: string; offerTitle: string; createdAt: string }[];
  answered: { id: string; state: string; offerTitle: string; respondedAt: string | null }[];
  toEvaluate: { id: string; offerTitle: string; date: string | null }[];
};

/** A school's answers stay news for two weeks after they came. */
const ANSWER_NEWS_DAYS = 14;

/** What waits for a teacher: suggestions and answers to the school's requests, evaluations due (the lessons coming up are `upcomingLessonsPart`'s). */
export function teacherPart(services: Pick<AppServices, "db" | "clock">, schoolIds: string[]): Part | null {
  if (schoolIds.length === 0) return null;
  const { db } = services;
  const now = services.clock.now();
  const answeredSince = new Date(now.getTime() - ANSWER_NEWS_DAYS * 86_400_000);
  const columns = {
    // An offer put before the school that it has not taken up yet.
    suggestions: jsonRows<TeacherRows["suggestions"][number]>(
      db
        .select(named({ id: requestSuggestion.id, requestId: lessonRequest.id, requestTitle: lessonRequest.title, offerTitle: offer.title, createdAt: requestSuggestion.createdAt }))
        .from(requestSuggestion)
        .innerJoin(lessonRequest, eq(lessonRequest.id, requestSuggestion.requestId))
        .innerJoin(offer, eq(offer.id, requestSuggestion.offerId))
        .where(and(inArray(lessonRequest.schoolOrganisationId, schoolIds), eq(lessonRequest.status, "open"), isNull(requestSuggestion.appointmentId)))
        .orderBy(asc(requestSuggestion.createdAt))
        .limit(20),
    ),
    // A company said yes (the date still to agree) or no, lately.
    answered: jsonRows<TeacherRows["answered"][number]>(
      db
        .select(named({ id: appointment.id, state: appointment.state, offerTitle: offer.title, respondedAt: appointment.respondedAt }))
        .from(appointment)
        .innerJoin(offer, eq(offer.id, appointment.offerId))
        .where(
          and(
            inArray(appointment.schoolOrganisationId, schoolIds),
            or(eq(appointment.state, "accepted"), and(eq(appointment.state, "declined"), gte(appointment.respondedAt, answeredSince))),
          ),
        )
        .limit(20),
    ),
    // The lesson took place and the school has not said how it went.
    toEvaluate: jsonRows<TeacherRows["toEvaluate"][number]>(
      db
        .select(named({ id: appointment.id, offerTitle: offer.title, date: appointment.date }))
        .from(appointment)
        .innerJoin(offer, eq(offer.id, appointment.offerId))
        .where(
          and(
            inArray(appointment.schoolOrganisationId, schoolIds),
            eq(appointment.state, "took_place"),
            notExists(
              db
                .select({ id: appointmentEvaluation.id })
                .from(appointmentEvaluation)
                .where(and(eq(appointmentEvaluation.appointmentId, appointment.id), eq(appointmentEvaluation.side, "school"))),
            ),
          ),
        )
        .limit(20),
    ),
  };
  return part<TeacherRows>(columns, ({ suggestions, answered, toEvaluate }) => {
    return [
      ...suggestions.map((s) => ({
        key: `suggestion-${s.id}`,
        kind: "requestSuggestion" as const,
        title: `${s.offerTitle} — ${s.requestTitle}`,
        href: `/vragen/${s.requestId}`,
        due: addDays(amsterdamToday(new Date(s.createdAt)), DECISION_DAYS),
        action: true,
      })),
      ...answered.map((a) => ({
        key: `answered-${a.id}`,
        kind: a.state === "declined" ? ("appointmentDeclined" as const) : ("appointmentAccepted" as const),
        title: a.offerTitle,
        href: `/afspraken/${a.id}`,
        due: null,
        action: false,
      })),
      ...toEvaluate.map((a) => ({
        key: `evaluate-${a.id}`,
        kind: "evaluationDue" as const,
        title: a.offerTitle,
        href: `/afspraken/${a.id}`,
        due: a.date ? addDays(a.date, EVALUATION_DAYS) : null,
        action: true,
      })),
    ];
  });
}
