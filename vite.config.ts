import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";
import path from "node:path";
import { unusedCustomProperties } from "./vite/unused-custom-properties.ts";
import { precompress } from "./vite/precompress.ts";
import { messagesPerLocale } from "./vite/messages.ts";

export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  // The server build's entry is our express app (which imports the React Router build itself).
  environments: { ssr: { build: { rollupOptions: { input: "./server/app.ts" } } } },
  plugins: [reactRouter(), messagesPerLocale(), unusedCustomProperties(), precompress()],
});
