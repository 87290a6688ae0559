import type { Actor, AppServices } from "~/context.ts";
import { csvLine } from "~/domain/open-data/csv.ts";
import { csvRecord, FORMATS, fileName, headerOf, jsonRecord, type DatasetId, type FormatId } from "~/domain/open-data/datasets.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { datasetFacts, readBatch } from "./helpers/datasets.server.ts";

/**
 * One open data file (ADR 032), streamed: a thousand records are read, written and handed on
 * before the next thousand are read, so a national-size file never sits in memory whole and
 * the first bytes leave at once. The version (count and last change) is read first, so a client
 * that already has this version gets its answer without a file being made at all.
 */
export async function exportOpenData(services: AppServices, _actor: Actor, input: { dataset: DatasetId; format: FormatId }) {
  const { dataset, format } = input;
  const facts = await datasetFacts(services.db, dataset);
  const origin = baseUrl(services.env);
  const version = `W/"${dataset}-${format}-${facts.count}-${facts.modified?.getTime() ?? 0}"`;
  const encoder = new TextEncoder();

  function stream(): ReadableStream<Uint8Array> {
    let after: string | null = "";
    let first = true;
    return new ReadableStream<Uint8Array>({
      // Each pull hands on one non-empty chunk or ends the file: a pull that gave nothing would never be called again.
      async pull(controller) {
        for (;;) {
          if (after === null) {
            if (format === "json") controller.enqueue(encoder.encode(first ? "[]\n" : "\n]\n"));
            return controller.close();
          }
          const { rows, next } = await readBatch(services.db, dataset, after);
          let chunk = "";
          if (format === "csv") {
            if (first) chunk += csvLine(headerOf(dataset));
            for (const row of rows) chunk += csvLine(csvRecord(dataset, row, origin));
            first = false;
          } else {
            for (const row of rows) {
              chunk += `${first ? "[\n" : ",\n"}${JSON.stringify(jsonRecord(dataset, row, origin))}`;
              first = false;
            }
          }
          after = next;
          if (chunk) return controller.enqueue(encoder.encode(chunk));
        }
      },
    });
  }

  return { version, modified: facts.modified, filename: `technohub-${fileName(dataset, format)}`, contentType: FORMATS[format].contentType, stream };
}
