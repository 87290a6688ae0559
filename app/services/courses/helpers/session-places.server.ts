import crypto from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { queryRows, type Db } from "~/db/client.server.ts";
import { registration } from "~/db/schema/index.ts";
import { vacancyExpiry } from "~/domain/courses/rules.ts";
import { absoluteUrl } from "~/lib/env.server.ts";
import { emitWebhookEvent, type WebhookEvent } from "~/services/common/webhook-events.server.ts";
import { vacancyMail, withMailLocale } from "./registration-mails.server.ts";

/** The session row as registration rules need it, read under its lock. */
export type LockedSession = {
  id: string;
  courseId: string;
  capacity: number;
  placesTaken: number;
  status: "scheduled" | "cancelled";
  registrationDeadline: Date;
  startsAt: Date;
  endsAt: Date;
  courseStatus: "draft" | "published" | "archived";
  courseTitle: string;
  courseSlug: string;
  coursePriceCents: number;
  providerId: string;
  providerName: string;
  locationText: string;
};

/**
 * Locks the session row for the rest of the transaction. Every change to its
 * places or waiting list goes through here, so registrations, cancellations,
 * vacancies and sweeps on one session happen one after the other; the CHECK on
 * places_taken backs this up.
 */
export async function lockSession(tx: Db, sessionId: string): Promise<LockedSession | null> {
  return readSession(tx, sessionId, true);
}

/** The same row without a lock: to prepare work (mail, calendar file) before the locked part. */
export async function readSession(db: Db, sessionId: string, lock = false): Promise<LockedSession | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select s.id, s.course_id, s.capacity, s.places_taken, s.status, s.registration_deadline, s.starts_at, s.ends_at,
               c.status as course_status, c.title, c.slug, c.price_cents, c.provider_id, o.name as provider_name,
               coalesce(l.name || coalesce(', ' || l.place, ''), nullif(concat_ws(', ', s.address, s.place), ''), 'Online') as location_text
        from course_session s
        join course c on c.id = s.course_id
        join organisation o on o.id = c.provider_id
        left join network_location l on l.id = s.location_id
        where s.id = ${sessionId}
        ${lock ? sql`for update of s` : sql``}`,
  );
  if (!row) return null;
  return {
    id: String(row.id),
    courseId: String(row.course_id),
    capacity: Number(row.capacity),
    placesTaken: Number(row.places_taken),
    status: row.status as LockedSession["status"],
    registrationDeadline: new Date(row.registration_deadline as string),
    startsAt: new Date(row.starts_at as string),
    endsAt: new Date(row.ends_at as string),
    courseStatus: row.course_status as LockedSession["courseStatus"],
    courseTitle: String(row.title),
    courseSlug: String(row.slug),
    coursePriceCents: Number(row.price_cents),
    providerId: String(row.provider_id),
    providerName: String(row.provider_name),
    locationText: String(row.location_text),
  };
}

/**
 * A registration event for the provider's webhooks: ids, the new status and the participants page;
 * no participant's name or address (ADR 031).
 */
export function registrationEvent(
  services: Pick<AppServices, "env">,
  session: LockedSession,
  registration: { id: string; status: string },
  type: "registration.created" | "registration.cancelled" = "registration.created",
): WebhookEvent {
  return {
    organisationId: session.providerId,
    type,
    data: {
      registrationId: registration.id,
      sessionId: session.id,
      courseId: session.courseId,
      status: registration.status,
      url: absoluteUrl(services, `/cursussen/${session.courseSlug}/sessies/${session.id}/deelnemers`),
    },
  };
}

export const newToken = () => crypto.randomBytes(24).toString("base64url");

/** Takes one place if there is one; false when the session is full. Call under the session lock. */
export async function takePlace(tx: Db, session: LockedSession): Promise<boolean> {
  // Conditional update: even a writer that skipped the lock could not overbook.
  const rows = await tx.execute(
    sql`update course_session set places_taken = places_taken + 1 where id = ${session.id} and places_taken < capacity returning places_taken`,
  );
  const taken = (rows as unknown as { rows: { places_taken: number }[] }).rows[0];
  if (!taken) return false;
  session.placesTaken = Number(taken.places_taken);
  return true;
}

/** The next waiting-list position: under the session lock, so positions stay 1…n. */
export async function nextWaitlistPosition(tx: Db, sessionId: string): Promise<number> {
  const [row] = await queryRows<{ last: number | null }>(
    tx,
    sql`select max(waitlist_position) as last from registration where session_id = ${sessionId} and status = 'waitlisted'`,
  );
  return Number(row?.last ?? 0) + 1;
}

/**
 * Closes the gap a leaver left at `position`: everyone behind moves up one.
 * Two steps because the unique (session, position) index is checked row by
 * row: first out of the way (+1,000,000), then into place.
 */
export async function closeWaitlistGap(tx: Db, sessionId: string, position: number) {
  await tx.execute(
    sql`update registration set waitlist_position = waitlist_position + 1000000
        where session_id = ${sessionId} and status = 'waitlisted' and waitlist_position > ${position}`,
  );
  await tx.execute(
    sql`update registration set waitlist_position = waitlist_position - 1000001
        where session_id = ${sessionId} and status = 'waitlisted' and waitlist_position > 1000000`,
  );
}

/**
 * A place became free (cancellation, lapsed vacancy or hold). If someone waits,
 * the first of them gets it as a vacancy and it stays taken for them;
 * otherwise it is released. Call under the session lock.
 */
export async function releasePlace(services: AppServices, tx: Db, session: LockedSession, now: Date) {
  const stillOpen = session.status === "scheduled" && now.getTime() <= session.registrationDeadline.getTime();
  if (stillOpen) {
    const [first] = await tx
      .select({ id: registration.id, name: registration.participantName, email: registration.participantEmail, token: registration.token })
      .from(registration)
      .where(and(eq(registration.sessionId, session.id), eq(registration.status, "waitlisted")))
      .orderBy(asc(registration.waitlistPosition))
      .limit(1);
    if (first) {
      const expiresAt = vacancyExpiry(now);
      await tx
        .update(registration)
        .set({ status: "offered", waitlistPosition: null, expiresAt, updatedAt: now })
        .where(eq(registration.id, first.id));
      await closeWaitlistGap(tx, session.id, 1);
      await emitWebhookEvent(tx, services, {
        organisationId: session.providerId,
        type: "vacancy.offered",
        data: {
          registrationId: first.id,
          sessionId: session.id,
          courseId: session.courseId,
          expiresAt: expiresAt.toISOString(),
          url: absoluteUrl(services, `/cursussen/${session.courseSlug}/sessies/${session.id}/deelnemers`),
        },
      });
      await services.mailer.send(vacancyMail(services, session, await withMailLocale(tx, first), expiresAt), tx);
      return { passedTo: first.id };
    }
  }
  await tx.execute(sql`update course_session set places_taken = places_taken - 1 where id = ${session.id}`);
  session.placesTaken -= 1;
  return { passedTo: null };
}

/** Removes a waiting-list entry's position (it left the list) and closes the gap. */
export async function leaveWaitlist(tx: Db, sessionId: string, registrationId: string, position: number, patch: Partial<typeof registration.$inferInsert>) {
  await tx.update(registration).set({ ...patch, waitlistPosition: null }).where(eq(registration.id, registrationId));
  await closeWaitlistGap(tx, sessionId, position);
}

