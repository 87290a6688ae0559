/**
 * React Router's default Node entry, plus the CSP nonce: server/edge.ts puts the nonce in the
 * Content-Security-Policy header and getLoadContext hands it over in requestContext. ServerRouter
 * gives it to <Scripts>, <ScrollRestoration> and <Links>; renderToPipeableStream to React's own
 * streaming scripts.
 */
import type { EntryContext, RouterContextProvider } from "react-router";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isRouteErrorResponse, ServerRouter } from "react-router";
import { isbot } from "isbot";
import type { RenderToPipeableStreamOptions } from "react-dom/server";
import { renderToPipeableStream } from "react-dom/server";
import { requestContext } from "~/context.ts";
import { log } from "~/lib/log.server.ts";
import { recordMessages, withPageMessages } from "~/i18n/page-messages.server.ts";
import { withPageRoutes } from "~/lib/page-routes.server.ts";
import { scriptsAfterFirstPaint } from "~/lib/scripts-after-paint.server.ts";
import { withBrowserMatching } from "~/lib/route-matching.server.ts";

export const streamTimeout = 5_000;

/**
 * Every error React Router catches passes here. An unknown address (404) and a request the client
 * aborted are part of normal traffic: the access line already says so. Anything else is a defect,
 * written as one JSON line with its request id, never as a bare stack trace on stderr.
 */
export function handleError(error: unknown, { request, context }: { request: Request; context: Readonly<RouterContextProvider> }) {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  let requestId: string | undefined;
  try {
    requestId = context.get(requestContext).requestId;
  } catch {
    requestId = undefined;
  }
  // React Router wraps a thrown Error of a route in an error response; the Error carries the stack.
  const inner = isRouteErrorResponse(error) ? (error as { error?: unknown }).error : undefined;
  log.error("unhandled error", { requestId, method: request.method, path: new URL(request.url).pathname, error: inner ?? error });
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: RouterContextProvider,
) {
  // https://httpwg.org/specs/rfc9110.html#HEAD
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }
  // Empty in development, where the policy needs none (server/edge.ts).
  const nonce = loadContext.get(requestContext).nonce || undefined;

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get("user-agent");
    // Crawlers get the whole page at once; people get the shell as soon as it is ready.
    const readyOption: keyof RenderToPipeableStreamOptions = (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady";

    // Abort after streamTimeout, with time left to flush the rejected boundaries.
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000);

    // The keys this render translates, for the texts the browser gets with the page (ADR 025).
    const {
      result: { pipe, abort },
      used,
    } = recordMessages(() =>
      renderToPipeableStream(<ServerRouter context={withPageRoutes(withBrowserMatching(routerContext))} url={request.url} nonce={nonce} />, {
      nonce,
      [readyOption]() {
        shellRendered = true;
        // The last of the two transforms is the body itself: every stream a chunk passes through
        // costs CPU on every page, and a pass-through stream behind them added nothing.
        const body = pipe(scriptsAfterFirstPaint()).pipe(withPageMessages(used, nonce));
        // Clearing the timeout releases its closure (and the render) once the stream is done.
        body.once("finish", () => {
          clearTimeout(timeoutId);
          timeoutId = undefined;
        });
        const stream = createReadableStreamFromReadable(body);
        responseHeaders.set("Content-Type", "text/html");
        resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
      },
      onShellError(error: unknown) {
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        // Errors in the shell reject above and React Router logs them; only later ones are logged here.
        if (shellRendered) log.error("render error", { path: new URL(request.url).pathname, error });
      },
      }),
    );
  });
}
