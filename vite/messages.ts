/**
 * `virtual:technohub-messages/nl` and `…/en`: the browser's messages, one chunk per language
 * (ADR 020). The build evaluates app/i18n/all-messages.ts once and writes only that language's
 * texts (English with the Dutch of any key English lacks), so a page never downloads the other
 * language. In development the module re-exports the source instead, so edits reload as usual.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "vite";
import type { Messages } from "../app/i18n/index.ts";

const PREFIX = "virtual:technohub-messages/";
const SOURCE = path.resolve(import.meta.dirname, "../app/i18n/all-messages.ts");

export function messagesPerLocale(): Plugin {
  let building = false;
  return {
    name: "technohub:messages-per-locale",
    configResolved(config) {
      building = config.command === "build";
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const locale = id.slice(PREFIX.length + 1) === "en" ? "en" : "nl";
      if (!building) {
        return `import { allMessages } from ${JSON.stringify(SOURCE)};\nexport default ${locale === "en" ? "{ ...allMessages.nl, ...allMessages.en }" : "allMessages.nl"};`;
      }
      const { allMessages } = (await import(pathToFileURL(SOURCE).href)) as { allMessages: Messages };
      const texts = locale === "en" ? { ...allMessages.nl, ...allMessages.en } : allMessages.nl;
      // JSON.parse of a string is quicker for the browser to load than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(texts))});`;
    },
  };
}
