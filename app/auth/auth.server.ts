import { betterAuth } from "better-auth";
import { sso } from "@better-auth/sso";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { Db } from "~/db/client.server.ts";
import * as schema from "~/db/schema/index.ts";
import type { Mailer } from "~/lib/mail/mailer.server.ts";
import { parseLocale, translator } from "~/i18n/index.ts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/domain/account/password-rules.ts";
import { safeRedirectPath } from "~/domain/account/safe-redirect-path.ts";
import { passwordPolicy } from "./password-policy.server.ts";
import { profileRules } from "./profile-rules.server.ts";
import { signInThrottle } from "./sign-in-throttle.server.ts";
import { blockedAccounts } from "./blocked-accounts.server.ts";
import { federatedSignInRefusal } from "~/domain/identity/mapping.ts";
import { samlAttributesOf } from "~/domain/identity/federation-attributes.ts";
import { providerPolicy, provisionFederatedMember } from "./federated-sign-in.server.ts";
import { federationOf, placeFederatedPerson } from "./saml-federation.server.ts";

export type AuthOptions = {
  db: Db;
  mailer: Mailer;
  baseUrl: string;
  secret: string;
  /**
   * Rate limiting (per client address, and per account for sign-in) is on
   * outside tests (AUTH_RATE_LIMIT); tests that exercise it switch it on.
   */
  rateLimit: boolean;
  /** The sign-in throttle's clock; tests set it to wait out a lock without sleeping. */
  now?: () => Date;
  /** Identity providers on a private address single sign-on may reach (SSO_PRIVATE_ISSUERS; ADR 033). */
  ssoPrivateIssuers?: string[];
};

/**
 * The SSO plugin's own endpoints that would let any signed-in person add, change or remove an
 * identity provider: providers are the platform administrator's, written by the identity
 * use-cases (/beheer/inloggen-met-organisatie) instead.
 */
const SSO_ADMIN_PATHS = [
  "/sso/register",
  "/sso/update-provider",
  "/sso/delete-provider",
  "/sso/providers",
  "/sso/get-provider",
  "/sso/request-domain-verification",
  "/sso/verify-domain",
];

/** A mail about an account is in the account's own language (the `locale` field better-auth keeps beside its own). */
function translatorFor(user: object) {
  const locale = (user as { locale?: unknown }).locale;
  return translator(parseLocale(typeof locale === "string" ? locale : null));
}

/**
 * better-auth: e-mail and password, verification and reset mails through our
 * mailer, sessions and rate-limit counters in the database.
 */
export function createAuth(options: AuthOptions) {
  const { mailer } = options;
  return betterAuth({
    baseURL: options.baseUrl,
    secret: options.secret,
    database: drizzleAdapter(options.db, {
      provider: "pg",
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        rateLimit: schema.rateLimit,
        ssoProvider: schema.ssoProvider,
      },
    }),
    // A provider on a private address must be named here; public ones (Entra, Google, SURFconext) need not.
    trustedOrigins: options.ssoPrivateIssuers ?? [],
    disabledPaths: SSO_ADMIN_PATHS,
    user: {
      /**
       * Every federated sign-in passes here before better-auth creates, links or signs in the
       * person: the rules are app/domain/identity/mapping.ts; a refusal's code reaches /inloggen.
       */
      async validateUserInfo({ user, source }) {
        if (!source.sso) return;
        const policy = await providerPolicy(options.db, source.sso.providerId);
        if (!policy) return { error: "sso_provider_disabled" };
        // Entree and SURFconext over SAML: who the person is and where they belong come from the
        // attributes (ADR 033); linking stays under the rule below (SAML asserts no verified address).
        const federation = source.method === "sso-saml" && !policy.disabled ? federationOf(policy.kind) : null;
        if (federation && source.action !== "link-account") {
          const email = typeof user.email === "string" ? user.email : "";
          const placed = await placeFederatedPerson(options.db, policy, federation, samlAttributesOf(source.sso.profile ?? {}), email);
          return placed.ok ? undefined : { error: placed.code };
        }
        const refusal = federatedSignInRefusal(policy, source.action, {
          email: typeof user.email === "string" ? user.email : "",
          emailVerified: user.emailVerified === true,
        });
        return refusal ? { error: refusal } : undefined;
      },
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "user", input: false },
        locale: { type: "string", required: false, defaultValue: "nl", input: true },
      },
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      resetPasswordTokenExpiresIn: 60 * 60,
      // Whoever had the old password (or a stolen session) is signed out everywhere.
      revokeSessionsOnPasswordReset: true,
      async sendResetPassword({ user, token }) {
        const url = `${options.baseUrl}/wachtwoord-herstellen/${encodeURIComponent(token)}`;
        const t = translatorFor(user);
        await mailer.send({ to: user.email, subject: t("account.mail.reset.subject"), direct: true, text: t("account.mail.reset.body", { name: user.name, url }) });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: 60 * 60 * 24,
      async sendVerificationEmail({ user, token, url: authUrl }) {
        // The page the person was on when they signed up or in (an invitation, say) travels in
        // better-auth's callbackURL; our link carries it on, so confirming lands back there.
        const back = safeRedirectPath(new URL(authUrl).searchParams.get("callbackURL"), "/");
        const url = `${options.baseUrl}/email-bevestigen?token=${encodeURIComponent(token)}${back === "/" ? "" : `&redirectTo=${encodeURIComponent(back)}`}`;
        const t = translatorFor(user);
        await mailer.send({ to: user.email, subject: t("account.mail.verify.subject"), direct: true, text: t("account.mail.verify.body", { name: user.name, url }) });
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: options.rateLimit,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: 5 },
        "/sign-up/email": { window: 60, max: 5 },
        "/request-password-reset": { window: 60, max: 3 },
      },
    },
    plugins: [
      passwordPolicy(),
      profileRules(),
      blockedAccounts({ db: options.db }),
      sso({
        // Nobody registers a provider through the plugin (SSO_ADMIN_PATHS); the administrator's use-case writes them.
        providersLimit: 0,
        // The IdP's email_verified claim is one half of the proof for linking (the other: the
        // provider trusted for the domain, checked in validateUserInfo). Safe here because only a
        // platform administrator can add a provider (the reason the plugin gives for the warning).
        trustEmailVerified: true,
        // Our own organisations and memberships, not better-auth's organization plugin.
        organizationProvisioning: { disabled: true },
        provisionUserOnEveryLogin: true,
        async provisionUser({ user, userInfo, provider }) {
          // SAML: the attributes reach here through the mapping's extraFields (saml-config.server.ts).
          await provisionFederatedMember(options.db, provider.providerId, user, provider.samlConfig ? { attributes: userInfo } : null);
        },
        saml: {
          // Signing out sends a LogoutRequest to an IdP that takes one (Entree, SURFconext; ADR 033).
          enableSingleLogout: true,
        },
      }),
      ...(options.rateLimit ? [signInThrottle({ db: options.db, secret: options.secret, now: options.now ?? (() => new Date()) })] : []),
    ],
    // better-auth's own failures outside a sign-in's error address (a forged or lost state on the
    // SSO callback) come to the federated sign-in page too, which explains them (ADR 033).
    onAPIError: { errorURL: `${options.baseUrl}/inloggen/organisatie` },
    advanced: {
      // The session and its user in one statement instead of two, on every signed-in request
      // (through the relations in app/db/schema/auth.ts; ADR 024).
      database: { joins: true },
      // The server sets x-forwarded-for itself from the socket (see server/app.ts), unless behind a trusted proxy.
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
      cookiePrefix: "technohub",
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
