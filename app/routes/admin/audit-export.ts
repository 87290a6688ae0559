import type { Route } from "./+types/audit-export";
import { requestContext, servicesContext } from "~/context.ts";
import { auditQuerySchema } from "~/domain/admin/audit.ts";
import { translator } from "~/i18n/index.ts";
import { formInput, queryObject } from "~/lib/forms.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { exportAuditLog } from "~/services/admin/export-audit-log.server.ts";

/** /beheer/logboek.csv: the rows of the same search as /beheer/logboek, for Excel. */
export const loader = routeDownload(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const raw = queryObject(new URL(request.url));
  const form = new FormData();
  for (const [key, dutch] of [["actor", "wie"], ["action", "actie"], ["subject", "onderwerp"], ["from", "van"], ["to", "tot"]] as const) {
    if (typeof raw[dutch] === "string") form.set(key, raw[dutch]);
  }
  const query = formInput(auditQuerySchema, form);
  const headings = ["when", "actor", "action", "subjectType", "subjectId", "subject", "before", "after"].map((h) => t(`admin.audit.csv.${h}`));
  const file = await exportAuditLog(context.get(servicesContext), user, { ...query, headings });
  return new Response(file.body, {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "private, no-store" },
  });
});
