/**
 * What the server build bundles (ADR 027, amendment "the server build bundles its dependencies").
 * A running instance keeps the source text of every module it loaded for its whole life. Loaded
 * from node_modules, the server's dependencies were ~1,300 modules and ~13 MB of source text, with
 * their comments, code no import reaches (kysely's 260 modules, for an adapter better-auth offers
 * and the app does not use) and files V8 holds at two bytes a character because one character in
 * them is not Latin-1. Bundled, without comments and written in ASCII, the same code is ~300
 * modules at one byte a character: ~10 MB less heap after start.
 *
 * Left in node_modules (SERVER_EXTERNAL): PGlite and pg (WebAssembly and data files found beside
 * their modules; an optional native driver); pdfkit and exceljs (read data files beside their
 * modules, and load on first use); nodemailer (loads on first use); drizzle-orm (the seed and the
 * pages bench's ceiling run source code against the build's database: one query builder for both);
 * express and compression (server.ts has its own express).
 */
import path from "node:path";
import type { Plugin } from "vite";

export const SERVER_EXTERNAL: readonly string[] = ["@electric-sql/pglite", "pg", "pg-native", "pdfkit", "exceljs", "nodemailer", "drizzle-orm", "express", "compression"];

/**
 * Fixed at build time in the production server build: React, react-dom's server renderer, runes2
 * and postcss choose between a development and a production build of themselves by
 * process.env.NODE_ENV at run time, so both were bundled and their development builds (~0.7 MB of
 * source, never run in production) kept in every instance's heap. Fixed, the bundler leaves the
 * development builds out. The build-based tests (NODE_ENV=test) now run React's production build,
 * as production does; React Router's server mode, which the Express adapter also takes from
 * process.env.NODE_ENV, is given by server/app.ts from the parsed environment instead, so those
 * tests keep its "test" mode.
 */
export const SERVER_DEFINE: Readonly<Record<string, string>> = { "process.env.NODE_ENV": JSON.stringify("production") };

/** The server build's output: comments dropped, every character outside ASCII escaped, so V8 keeps its source at one byte a character. */
export const SERVER_OUTPUT = { charset: "ascii", comments: false } as const;

/**
 * What better-auth's SSO plugin imports at its top and uses only in a SAML sign-in or a domain
 * check, and the module the production build gives the plugin instead: each loads the package from
 * node_modules on first use (ADR 027, amendment "the SAML stack on first use"). Bundled, samlify
 * and what it pulls in (xml-crypto, xml-encryption, node-rsa, xpath, @xmldom twice) and tldts were
 * ~1.6 MB of source every instance ran at start. Only the plugin's own imports are redirected; the
 * app's SAML code imports app/lib/saml/samlify.server.ts itself, and the development server loads
 * the plugin from node_modules as it is.
 */
export const SSO_PLUGIN_IMPORTS_ON_FIRST_USE: Readonly<Record<string, string>> = {
  samlify: "app/lib/saml/samlify.server.ts",
  "@xmldom/xmldom": "app/lib/saml/sso-plugin-imports.server.ts",
  tldts: "app/lib/saml/sso-plugin-imports.server.ts",
};

export function ssoPluginImportsOnFirstUse(): Plugin {
  const root = path.resolve(import.meta.dirname, "..");
  return {
    name: "technohub:sso-plugin-imports-on-first-use",
    apply: "build",
    enforce: "pre",
    applyToEnvironment: (environment) => environment.name === "ssr",
    resolveId(source, importer) {
      const standIn = SSO_PLUGIN_IMPORTS_ON_FIRST_USE[source];
      if (!standIn || !importer?.includes("/node_modules/@better-auth/sso/")) return null;
      return path.join(root, standIn);
    },
  };
}
