/**
 * Resource routes (spreadsheets, PDFs, calendar files) take the one error path too, but have no
 * page to show an error on: React Router would answer a thrown `data(…)` as JSON carrying the
 * raw message key. This wrapper keeps `routeLoader` as the only place that maps errors, and
 * only renders its answer as one translated sentence, in the reader's language.
 *
 * Used by the events and programme downloads; it belongs next to `routeLoader` in
 * app/lib/route.server.ts once other areas need it.
 */
import { requestContext, userContext } from "~/context.ts";
import { translator } from "~/i18n/index.ts";
import { isErrorData, type ErrorData } from "~/lib/error-data.ts";
import { routeLoader } from "~/lib/route.server.ts";

type Ctx = { get: <T>(key: import("react-router").RouterContext<T>) => T };

/** What `data(body, { status })` throws; React Router does not export a guard for it. */
function thrownErrorData(value: unknown): { data: ErrorData; status: number } | null {
  if (typeof value !== "object" || value === null) return null;
  const thrown = value as { type?: unknown; data?: unknown; init?: { status?: unknown } | null };
  if (thrown.type !== "DataWithResponseInit" || !isErrorData(thrown.data)) return null;
  return { data: thrown.data, status: typeof thrown.init?.status === "number" ? thrown.init.status : 500 };
}

export function routeDownload<A extends { context: Ctx }, R>(fn: (args: A) => Promise<R>): (args: A) => Promise<R> {
  const load = routeLoader(fn);
  return async (args) => {
    try {
      return await load(args);
    } catch (thrown) {
      const answer = thrownErrorData(thrown);
      if (!answer) throw thrown;
      const locale = args.context.get(userContext)?.locale ?? args.context.get(requestContext).locale;
      throw new Response(translator(locale)(answer.data.message, answer.data.params), {
        status: answer.status,
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      });
    }
  };
}
