import { createContext } from "react-router";
import type { Auth } from "~/auth/auth.server.ts";
import type { Database, Db } from "~/db/client.server.ts";
import type { Env } from "~/lib/env.server.ts";
import type { Mailer, MailTransport } from "~/lib/mail/mailer.server.ts";
import type { JobQueue } from "~/jobs/queue.server.ts";
import type { Geocoder } from "~/lib/geo/geocoder.server.ts";
import type { Locale } from "~/i18n/index.ts";

export type Clock = { now(): Date };

/** What the server hands to every loader and action (built once at boot). */
export type AppServices = {
  env: Env;
  database: Database;
  db: Db;
  mailer: Mailer;
  /** SMTP, when configured; the mail.deliver job uses it. */
  mailTransport: MailTransport;
  /** The background job queue (pg-boss). */
  jobs: JobQueue;
  auth: Auth;
  geocoder: Geocoder;
  clock: Clock;
};

export type RequestInfo = {
  requestId: string;
  locale: Locale;
  /** The CSP nonce of this response's inline scripts (entry.server.tsx hands it to React Router); empty in development. */
  nonce: string;
  /** The request comes from this machine (loopback, not forwarded by an untrusted proxy): /dev/* uses it. */
  local: boolean;
};

/** The signed-in user as loaders see them; null for a visitor. */
export type SessionUser = {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  role: string;
  locale: Locale;
};

/**
 * Who performs a use-case: the signed-in person, or null for a visitor — and for the system when a
 * job calls (jobs are trusted and their use-cases do not check permissions). See ADR 014.
 */
export type Actor = SessionUser | null;

export const servicesContext = createContext<AppServices>();
export const requestContext = createContext<RequestInfo>();
export const userContext = createContext<SessionUser | null>(null);
