import type { Route } from "./+types/download";
import { servicesContext, userContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { LICENCE } from "~/domain/open-data/dcat.ts";
import { datasetFileSchema } from "~/domain/open-data/datasets.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { exportOpenData } from "~/services/open-data/export-open-data.server.ts";

/**
 * /open-data/:file (netwerken.csv, organisaties.json …): one open data file, streamed. The same for
 * everyone, so shared caches may keep it a few minutes; a client that sends the version it has
 * (If-None-Match, or If-Modified-Since) gets 304 without the file being made.
 */
export const loader = routeDownload(async ({ params, request, context }: Route.LoaderArgs) => {
  const file = datasetFileSchema.safeParse(params.file);
  if (!file.success) throw notFound();
  const out = await exportOpenData(context.get(servicesContext), context.get(userContext), file.data);
  const headers = new Headers({
    ETag: out.version,
    "Cache-Control": "public, max-age=300",
    Link: `<${LICENCE.url}>; rel="license"`,
    "Access-Control-Allow-Origin": "*",
  });
  if (out.modified) headers.set("Last-Modified", out.modified.toUTCString());
  const known = request.headers.get("if-none-match");
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  const unchanged = known
    ? known.split(",").some((v) => v.trim() === out.version)
    : out.modified !== null && !Number.isNaN(since) && Math.floor(out.modified.getTime() / 1000) * 1000 <= since;
  if (unchanged) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", out.contentType);
  headers.set("Content-Disposition", `attachment; filename="${out.filename}"`);
  return new Response(out.stream(), { headers });
});
