/**
 * The two other libraries better-auth's SSO plugin imports at its top and uses only inside a SAML
 * sign-in (@xmldom/xmldom's DOMParser) or a domain check (tldts' getHostname, whose public suffix
 * list is ~350 KB of source): loaded from node_modules on first use, like samlify
 * (samlify.server.ts). The production build hands the plugin this module for both packages
 * (vite/server-bundle.ts); only the names the plugin imports are here.
 */
import { createRequire } from "node:module";
import type * as XmlDom from "@xmldom/xmldom";
import type * as Tldts from "tldts";

const require = createRequire(import.meta.url);
let xmldom: typeof XmlDom | undefined;
let tldts: typeof Tldts | undefined;

/** `new DOMParser(options)`: a constructor that returns an object makes `new` give that object. */
export const DOMParser = function DOMParser(...options: ConstructorParameters<typeof XmlDom.DOMParser>) {
  xmldom ??= require("@xmldom/xmldom") as typeof XmlDom;
  return new xmldom.DOMParser(...options);
} as unknown as typeof XmlDom.DOMParser;

export const getHostname: typeof Tldts.getHostname = (url, options) => {
  tldts ??= require("tldts") as typeof Tldts;
  return tldts.getHostname(url, options);
};
