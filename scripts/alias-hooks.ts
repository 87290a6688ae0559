/**
 * Resolves the app's `~/` import alias (tsconfig paths) for scripts run by plain Node, such as the
 * benchmarks: `node --import ./scripts/alias-hooks.ts bench/<name>.ts`. Vite and Vitest resolve it
 * themselves; without this a use-case that imports `~/…` could not be measured outside them.
 */
import { registerHooks } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const app = pathToFileURL(path.resolve(import.meta.dirname, "../app") + path.sep).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    return nextResolve(specifier.startsWith("~/") ? app + specifier.slice(2) : specifier, context);
  },
});
