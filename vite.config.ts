import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";
import path from "node:path";
import { unusedCustomProperties } from "./vite/unused-custom-properties.ts";
import { precompress } from "./vite/precompress.ts";
import { messagesPerLocale } from "./vite/messages.ts";
import { SERVER_DEFINE, SERVER_EXTERNAL, SERVER_OUTPUT, ssoPluginImportsOnFirstUse } from "./vite/server-bundle.ts";

export default defineConfig(({ command }) => ({
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  environments: {
    ssr: {
      // The production build bundles the server's dependencies (vite/server-bundle.ts); the
      // development server loads them from node_modules as they are.
      ...(command === "build" ? { resolve: { noExternal: true, external: [...SERVER_EXTERNAL] }, define: SERVER_DEFINE } : {}),
      // The server build's entry is our express app (which imports the React Router build itself).
      build: { rollupOptions: { input: "./server/app.ts", output: SERVER_OUTPUT } },
    },
  },
  plugins: [ssoPluginImportsOnFirstUse(), reactRouter(), messagesPerLocale(), unusedCustomProperties(), precompress()],
}));
