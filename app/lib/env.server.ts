import { createPrivateKey, X509Certificate } from "node:crypto";
import { z } from "zod";

/**
 * The environment is validated once, at boot. A bad or missing variable is
 * named in one line, so an operator does not have to read a stack trace.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Loopback by default: a demo started on a laptop is not served to the whole network by accident. */
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  BASE_URL: z.url().optional(),
  /** Without it the app keeps a generated secret in DATA_DIR/auth-secret (PGlite only; see README). */
  AUTH_SECRET: z.string().min(32, "moet minstens 32 tekens zijn").optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default("Technohub <noreply@technohub.localhost>"),
  DEMO: z.enum(["0", "1", "true", "false"]).default("0").transform((v) => v === "1" || v === "true"),
  /** Load the demo data into an empty database; defaults to DEMO so production never gets demo accounts by accident. */
  SEED: z.enum(["0", "1", "true", "false"]).optional().transform((v) => (v === undefined ? undefined : v === "1" || v === "true")),
  GEOCODER: z.enum(["pdok", "gazetteer"]).default("gazetteer"),
  PDOK_URL: z.url().default("https://api.pdok.nl/bzk/locatieserver/search/v3_1"),
  MAP_TILE_URL: z
    .string()
    .default("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"),
  MAP_ATTRIBUTION: z.string().default("Kaartgegevens © Kadaster"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Sign-in rate limiting; switched off only for end-to-end suites that sign in many times from one address. */
  AUTH_RATE_LIMIT: z.enum(["0", "1", "true", "false"]).default("1").transform((v) => v === "1" || v === "true"),
  TRUST_PROXY: z.enum(["0", "1", "true", "false"]).default("0").transform((v) => v === "1" || v === "true"),
  /**
   * On SIGTERM: how long requests already being served may take to finish before their connections
   * are cut (milliseconds). The process is gone at most a few seconds after that.
   */
  DRAIN_TIMEOUT_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
  /** Visitors' pages (no session) kept in memory and shared for PAGE_CACHE_SECONDS (ADR 018); 0 renders every request. */
  PAGE_CACHE: z.enum(["0", "1", "true", "false"]).default("1").transform((v) => v === "1" || v === "true"),
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(1).max(60).default(5),
  /**
   * Which sites may frame the widget pages (/widget/…, ADR 030): `*` for every site, or origins
   * separated by spaces. Every other page refuses to be framed whatever this says.
   */
  WIDGET_FRAME_ANCESTORS: z
    .string()
    .trim()
    .regex(/^(\*|https?:\/\/[a-z0-9.-]+(:\d{1,5})?( +https?:\/\/[a-z0-9.-]+(:\d{1,5})?)*)$/i, "moet * zijn of een lijst van adressen als https://www.voorbeeld.nl, gescheiden door spaties")
    .default("*"),
  /** Where visitors send accessibility questions and complaints (the statement at /toegankelijkheid names it). */
  ACCESSIBILITY_CONTACT: z.email().optional(),
  /** Where people send questions about their personal data (the privacy statement at /privacy names it). */
  PRIVACY_CONTACT: z.email().optional(),
  /**
   * Whether webhooks may reach this machine and private networks (http://localhost receivers).
   * Unset: allowed in development and tests, refused in production (against SSRF; ADR 031).
   */
  WEBHOOK_ALLOW_PRIVATE: z.enum(["0", "1", "true", "false"]).optional().transform((v) => (v === undefined ? undefined : v === "1" || v === "true")),
  /** Whom data users ask about the open data (the contact point of its description at /open-data). */
  OPEN_DATA_CONTACT: z.email().optional(),
  /**
   * Whom developers ask about the API: `info.contact` of its OpenAPI document and the developer
   * page. Unset: OPEN_DATA_CONTACT, else the sender address of MAIL_FROM (see apiContactEmail).
   */
  API_CONTACT: z.email().optional(),
  /**
   * The API's rate limits (ADR 029), counted in PostgreSQL so every instance shares them: requests
   * per window for one key, and for one address calling without a key.
   */
  API_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  API_RATE_LIMIT_PER_KEY: z.coerce.number().int().min(1).max(1_000_000).default(600),
  API_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /**
   * Origins of identity providers on this machine or a private network that single sign-on may
   * reach, separated by spaces (e.g. a test's OpenID provider on http://127.0.0.1:4455). A provider
   * on a public address needs nothing here; a private one is refused without it (against SSRF; ADR 033).
   */
  SSO_PRIVATE_ISSUERS: z
    .string()
    .trim()
    .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?( +https?:\/\/[a-z0-9.-]+(:\d{1,5})?)*$/i, "moet een lijst van adressen als http://127.0.0.1:4455 zijn, gescheiden door spaties")
    .optional(),
  /**
   * The key pair our SAML service provider signs its LogoutRequests with, PEM (a line break may be
   * written `\n`). The certificate is published in our SP metadata, which the federation reads;
   * without the pair, signing out after a SAML sign-in ends our session only (ADR 033).
   */
  SAML_SP_SIGNING_KEY: z.string().optional(),
  SAML_SP_SIGNING_CERTIFICATE: z.string().optional(),
});

export type Env = Omit<z.infer<typeof schema>, "SEED"> & { SEED: boolean };

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings count as unset: `FOO= npm start` should not fail validation.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new EnvError(`Ongeldige configuratie: ${issue.path.join(".")}: ${issue.message}`);
  }
  if (result.data.NODE_ENV === "production" && !result.data.DEMO && !result.data.AUTH_SECRET) {
    throw new EnvError("Ongeldige configuratie: AUTH_SECRET ontbreekt (verplicht in productie zonder DEMO=1)");
  }
  // A generated secret is kept beside PGlite's files; a PostgreSQL server has no such place that
  // every process shares, so its operator sets the secret (see README, "Configuration").
  if (result.data.DATABASE_URL && !result.data.AUTH_SECRET) {
    throw new EnvError("Ongeldige configuratie: AUTH_SECRET ontbreekt (verplicht met DATABASE_URL)");
  }
  samlSigningKeyPair(result.data);
  return { ...result.data, SEED: result.data.SEED ?? result.data.DEMO };
}

/**
 * Our SAML service provider's signing key and certificate (SAML_SP_SIGNING_KEY and
 * SAML_SP_SIGNING_CERTIFICATE), both or neither, the key the certificate's own; null when unset.
 */
export function samlSigningKeyPair(env: Pick<Env, "SAML_SP_SIGNING_KEY" | "SAML_SP_SIGNING_CERTIFICATE">): { privateKey: string; certificate: string } | null {
  const privateKey = env.SAML_SP_SIGNING_KEY?.replace(/\\n/g, "\n");
  const certificate = env.SAML_SP_SIGNING_CERTIFICATE?.replace(/\\n/g, "\n");
  if (!privateKey && !certificate) return null;
  if (!privateKey || !certificate) throw new EnvError("Ongeldige configuratie: SAML_SP_SIGNING_KEY en SAML_SP_SIGNING_CERTIFICATE horen samen");
  let matches: boolean;
  try {
    matches = new X509Certificate(certificate).checkPrivateKey(createPrivateKey(privateKey));
  } catch {
    throw new EnvError("Ongeldige configuratie: SAML_SP_SIGNING_KEY of SAML_SP_SIGNING_CERTIFICATE is geen leesbare PEM");
  }
  if (!matches) throw new EnvError("Ongeldige configuratie: SAML_SP_SIGNING_KEY hoort niet bij SAML_SP_SIGNING_CERTIFICATE");
  return { privateKey, certificate };
}

/** The API's contact address: API_CONTACT, else the open data's, else the address mail is sent from. */
export function apiContactEmail(env: Pick<Env, "API_CONTACT" | "OPEN_DATA_CONTACT" | "MAIL_FROM">): string {
  return env.API_CONTACT ?? env.OPEN_DATA_CONTACT ?? /<([^>]+)>/.exec(env.MAIL_FROM)?.[1] ?? env.MAIL_FROM.trim();
}

export function baseUrl(env: Env): string {
  return env.BASE_URL ?? `http://localhost:${env.PORT}`;
}

/**
 * Pages for developers (the mail outbox, the demo clock) exist only in development and demo mode;
 * who may open them is decided by app/lib/dev-access.server.ts.
 */
export function devToolsEnabled(env: Env): boolean {
  return env.NODE_ENV !== "production" || env.DEMO;
}

/** Whether webhook receivers on this machine or a private network are allowed (see WEBHOOK_ALLOW_PRIVATE). */
export function webhookPrivateAllowed(env: Env): boolean {
  return env.WEBHOOK_ALLOW_PRIVATE ?? env.NODE_ENV !== "production";
}

/** The identity providers' origins on a private address that single sign-on may reach (see SSO_PRIVATE_ISSUERS). */
export function ssoPrivateIssuers(env: Env): string[] {
  return env.SSO_PRIVATE_ISSUERS ? env.SSO_PRIVATE_ISSUERS.split(/ +/).map((origin) => new URL(origin).origin) : [];
}

/** Whether HOST keeps the server on this machine only (the start message says so). */
export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** A path of this installation as a full address, for links in mail and feeds. */
export function absoluteUrl(services: { env: Env }, path: string): string {
  return new URL(path, baseUrl(services.env)).toString();
}
