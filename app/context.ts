import { createContext } from "react-router";
import type { Auth } from "~/auth/auth.server.ts";
import type { Database, Db } from "~/db/client.server.ts";
import type { Env } from "~/lib/env.server.ts";
import type { Mailer, MailTransport } from "~/lib/mail/mailer.server.ts";
import type { JobQueue } from "~/jobs/queue.server.ts";
import type { Geocoder } from "~/lib/geo/geocoder.server.ts";
import type { Locale } from "~/i18n/index.ts";
import type { ApiKeyGrant } from "~/domain/api/keys.ts";

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
 * An organisation's system calling the API with a key (ADR 029). `id` is the person who created
 * the key (what "created by" columns record); `apiKey` confines it: permission checks give it a
 * member's roles in the key's organisation and nothing anywhere else.
 */
export type KeyActor = SessionUser & { apiKey: ApiKeyGrant };

/**
 * Who performs a use-case: the signed-in person, an API key (KeyActor), or null for a visitor —
 * and for the system when a job calls (jobs are trusted and their use-cases do not check
 * permissions). See ADR 014.
 */
export type Actor = SessionUser | KeyActor | null;

export const servicesContext = createContext<AppServices>();
export const requestContext = createContext<RequestInfo>();
export const userContext = createContext<SessionUser | null>(null);
/** The API key an /api/v1 request presented, verified by the gate (server/api-gate.ts); null without one. */
export const apiActorContext = createContext<KeyActor | null>(null);
