/**
 * samlify, loaded from node_modules when the first SAML message is read or written rather than
 * when the server starts (ADR 027, amendment "the SAML stack on first use"). With xml-crypto,
 * xml-encryption, node-rsa, xpath and its own @xmldom it is ~1.1 MB of source that an instance
 * without a SAML sign-in never runs, and better-auth's SSO plugin imports it at its top. The
 * production build hands the plugin this module instead of the package (vite/server-bundle.ts),
 * and the app's own SAML code imports it too, so both use the one samlify with the plugin's
 * schema validator.
 *
 * Synchronous on purpose: the plugin calls samlify's functions synchronously, and a CommonJS
 * `require` on first use keeps every call as it was. Only the names the plugin and the app use are
 * here; a new one is a line below.
 */
import { createRequire } from "node:module";
import type * as Samlify from "samlify";

export type { IdentityProviderInstance, ServiceProviderInstance } from "samlify";

type Module = typeof Samlify;
type Validator = Parameters<Module["setSchemaValidator"]>[0];

let loaded: Module | undefined;
let validator: Validator | undefined;

function samlify(): Module {
  if (!loaded) {
    loaded = createRequire(import.meta.url)("samlify") as Module;
    if (validator) loaded.setSchemaValidator(validator);
  }
  return loaded;
}

/** The plugin sets its validator when it is imported, at start: kept until samlify is loaded. */
export function setSchemaValidator(params: Validator): void {
  validator = params;
  if (loaded) loaded.setSchemaValidator(params);
}

export const ServiceProvider: Module["ServiceProvider"] = (props) => samlify().ServiceProvider(props);
export const IdentityProvider: Module["IdentityProvider"] = (props) => samlify().IdentityProvider(props);
export const SPMetadata: Module["SPMetadata"] = (meta) => samlify().SPMetadata(meta);
export const IdPMetadata: Module["IdPMetadata"] = (meta) => samlify().IdPMetadata(meta);

/** samlify's object of signing and encryption helpers; each property is read from the loaded module. */
export const SamlLib: Module["SamlLib"] = new Proxy({} as Module["SamlLib"], {
  get(_target, key) {
    const lib = samlify().SamlLib;
    const value = Reflect.get(lib, key) as unknown;
    return typeof value === "function" ? value.bind(lib) : value;
  },
});

/** The plugin imports samlify's default export as well as its names, and takes the names when SPMetadata and setSchemaValidator are functions. */
export default { ServiceProvider, IdentityProvider, SPMetadata, IdPMetadata, SamlLib, setSchemaValidator };
