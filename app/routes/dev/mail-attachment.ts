import type { Route } from "./+types/mail-attachment";
import { servicesContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { loadOutboxAttachment } from "~/lib/mail/load-outbox-mail.server.ts";
import { devToolGate } from "~/lib/dev-access.server.ts";

/** Only this machine or a platform administrator may read the outbox; others get 404. */
export const middleware: Route.MiddlewareFunction[] = [devToolGate("mail")];

/** Downloads one attachment of an outbox mail (e.g. a calendar file). */
export const loader = routeDownload(async ({ params, context }: Route.LoaderArgs) => {
  const index = Number(params.index);
  if (!Number.isInteger(index) || index < 0 || index > 100) throw notFound();
  const attachment = await loadOutboxAttachment(context.get(servicesContext), params.id, index);
  const filename = attachment.filename.replace(/["\\\r\n]/g, "_");
  return new Response(attachment.content, {
    headers: {
      "content-type": attachment.contentType,
      "content-disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      "cache-control": "no-store",
    },
  });
});
