import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { personName } from "~/domain/account/person-name.ts";
import { LOCALES, translator } from "~/i18n/index.ts";

/** The endpoints that write a person's own fields, for our forms and for anyone posting to /api/auth directly. */
const PROFILE_PATHS = new Set(["/sign-up/email", "/update-user"]);

type Body = Record<string, unknown> | undefined;

// better-auth answers `{ code, message }`; the message is for a person reading the client's error, in Dutch.
const t = translator("nl");

/**
 * The person's fields by our rules before better-auth writes them: the name cleaned and bounded
 * as the account forms do it (app/domain/account/person-name.ts), the locale one we have, and no
 * picture (the platform shows none, so it would only be stored text from anyone). Without this a
 * client posting JSON to /api/auth/update-user got a 500 for a NUL in its name (PostgreSQL
 * refuses it) and could give itself a 500 KB name, or one whose direction override reverses the
 * lines it is shown in on other people's pages.
 */
export function profileRules() {
  return {
    id: "technohub-profile-rules",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path !== undefined && PROFILE_PATHS.has(ctx.path),
          handler: createAuthMiddleware(async (ctx) => {
            const body = ctx.body as Body;
            if (!body || typeof body !== "object") return;
            const changes: Record<string, unknown> = {};
            if (body.name !== undefined) {
              const result = personName(body.name);
              if (!result.ok) throw new APIError("BAD_REQUEST", { code: result.problem === "account.name.tooLong" ? "NAME_TOO_LONG" : "NAME_REQUIRED", message: t(result.problem) });
              changes.name = result.name;
            }
            if (body.locale !== undefined && !(LOCALES as readonly unknown[]).includes(body.locale)) {
              throw new APIError("BAD_REQUEST", { code: "INVALID_LOCALE", message: t("account.locale.invalid") });
            }
            if (body.image !== undefined && body.image !== null) throw new APIError("BAD_REQUEST", { code: "IMAGE_NOT_ACCEPTED", message: "Technohub bewaart geen profielfoto." });
            return { context: { body: { ...body, ...changes } } };
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
