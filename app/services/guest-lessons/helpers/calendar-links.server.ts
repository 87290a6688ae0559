import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { calendarToken } from "~/db/schema/index.ts";
import { baseUrl } from "~/lib/env.server.ts";

/** A new secret for a private calendar feed. */
export const newCalendarToken = () => crypto.randomBytes(24).toString("base64url");

/** The private feed's addresses (https and webcal) for a secret. */
export function calendarLinks(services: AppServices, token: string) {
  const https = `${baseUrl(services.env)}/agenda/${token}.ics`;
  return { https, webcal: https.replace(/^https?:/, "webcal:") };
}

/** A user's private feed addresses, creating the secret on first use. */
export async function calendarLinksOf(services: AppServices, userId: string) {
  const [existing] = await services.db.select().from(calendarToken).where(eq(calendarToken.userId, userId));
  let token = existing?.token;
  if (!token) {
    token = newCalendarToken();
    await services.db.insert(calendarToken).values({ userId, token, createdAt: services.clock.now() }).onConflictDoNothing();
    const [row] = await services.db.select().from(calendarToken).where(eq(calendarToken.userId, userId));
    token = row!.token;
  }
  return calendarLinks(services, token);
}
