/**
 * The API's gate (ADR 029), for every request under /api/v1 after the edge's checks and before
 * React Router: the key a request presents is verified (401 for an unknown or revoked one), and the
 * request is counted against its rate limit — per key with a key, per address without — in
 * PostgreSQL, so every instance shares the count. Every answer gets the RateLimit headers; one over
 * the limit is a 429 with Retry-After. What an operation needs (a key at all, a scope) is the API
 * wrapper's to decide (app/lib/api.server.ts), from the key this puts in `res.locals.apiActor`.
 */
import type { RequestHandler } from "express";
import type { AppServices, KeyActor } from "~/context.ts";
import { bearerChallenge, presentedToken } from "~/domain/api/keys.ts";
import { rateLimitHeaders } from "~/domain/api/rate-limit.ts";
import { isApiPath } from "~/domain/api/version.ts";
import { DomainError } from "~/domain/errors.ts";
import { HTTP_STATUS } from "~/lib/route.server.ts";
import { verifyApiKey } from "~/services/api/verify-api-key.server.ts";
import { recordApiRequest } from "~/services/api/record-api-request.server.ts";
import { sendApiProblem } from "./edge.ts";

export function apiGate(services: AppServices): RequestHandler {
  const { env } = services;
  return async (req, res, next) => {
    // A preflight carries no credentials and is answered by the edge; nothing else passes unchecked.
    if (!isApiPath(req.path) || req.method === "OPTIONS") return next();
    try {
      const token = presentedToken({ authorization: req.get("authorization"), apiKey: req.get("x-api-key") });
      let actor: KeyActor | null = null;
      let refusal: DomainError | null = null;
      if (token !== null) {
        try {
          actor = await verifyApiKey(services, null, { token });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          refusal = error;
        }
      }
      // A refused key counts against its address: trying keys costs what calling without one does.
      const outcome = await recordApiRequest(services, null, {
        bucket: actor ? `key:${actor.apiKey.id}` : `address:${req.ip ?? req.socket.remoteAddress ?? "unknown"}`,
        policy: { limit: actor ? env.API_RATE_LIMIT_PER_KEY : env.API_RATE_LIMIT_PER_ADDRESS, windowSeconds: env.API_RATE_LIMIT_WINDOW_SECONDS },
      });
      res.set(rateLimitHeaders(outcome));
      if (!outcome.allowed) refusal = new DomainError("too_many_requests", "api.error.rateLimited", undefined, { count: outcome.resetSeconds });
      if (refusal) {
        if (refusal.kind === "unauthorized") res.setHeader("WWW-Authenticate", bearerChallenge(true));
        return sendApiProblem(req, res, HTTP_STATUS[refusal.kind], { key: refusal.message, params: refusal.params });
      }
      res.locals.apiActor = actor;
      next();
    } catch (error) {
      next(error);
    }
  };
}
