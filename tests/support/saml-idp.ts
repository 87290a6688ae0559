import { randomUUID } from "node:crypto";
import http from "node:http";
import { inflateRawSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { DOMParser } from "@xmldom/xmldom";
import * as samlify from "samlify";
import { generate } from "selfsigned";
import { redirectSignedText } from "../../app/domain/account/saml-redirect.ts";

/**
 * A real SAML 2.0 identity provider for tests, built on samlify (the library better-auth's SSO
 * plugin reads responses with): its own key and self-signed certificate made at start, its
 * metadata, an SSO endpoint (HTTP-Redirect in, HTTP-POST out) whose sign-in page lets the test
 * pick a person, and an SLO endpoint that answers a LogoutRequest.
 *
 * Like a real IdP it keeps a session (a cookie): while it lasts, a new sign-in is answered without
 * asking again. Its SLO endpoint takes only LogoutRequests signed with the certificate in the SP's
 * metadata, ends the session of that NameID and SessionIndex, and answers with a signed
 * LogoutResponse over HTTP-Redirect.
 *
 * It plays Entree Federatie or SURFconext by the attributes its people carry. A service provider
 * is known by its entity id, which (as the federations ask) is the address of its metadata: the
 * IdP reads it from there, for SPs at `spOrigin` only.
 */

export type SamlIdpUser = {
  /** What the test clicks on the IdP's sign-in page. */
  label: string;
  nameId: string;
  /** Attribute name (as the IdP spells it) → one value or several. */
  attributes: Record<string, string | string[]>;
};

export type SamlIdp = {
  url: string;
  entityId: string;
  metadataXml: string;
  /** The signing certificate, PEM. */
  certificate: string;
  /** NameIDs whose session an SP ended at this IdP (single logout). */
  loggedOut: string[];
  /** How many sessions the IdP holds now. */
  sessions(): number;
  /** The next response is changed after it was signed (a man in the middle, a forged attribute). */
  tamperNextResponse(change: (xml: string) => string): void;
  /**
   * IdP-initiated single logout: the address of a signed LogoutRequest for `nameId` to the SP behind
   * `spEntityId` (by default the last SP that asked this IdP to sign someone in).
   */
  logoutRequestUrl(nameId: string, spEntityId?: string): Promise<string>;
  close(): Promise<void>;
};

/** What samlify's parse gives and its create takes back (InResponseTo). */
type RequestInfo = Parameters<samlify.IdentityProviderInstance["createLoginResponse"]>[1];

const REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
const PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function attributeStatement(attributes: SamlIdpUser["attributes"]): string {
  const lines = Object.entries(attributes).map(([name, value]) => {
    const format = name.startsWith("urn:")
      ? "urn:oasis:names:tc:SAML:2.0:attrname-format:uri"
      : "urn:oasis:names:tc:SAML:2.0:attrname-format:basic";
    const values = (typeof value === "string" ? [value] : value)
      .map((v) => `<saml:AttributeValue xsi:type="xs:string">${escapeXml(v)}</saml:AttributeValue>`)
      .join("");
    return `<saml:Attribute Name="${escapeXml(name)}" NameFormat="${format}">${values}</saml:Attribute>`;
  });
  return `<saml:AttributeStatement>${lines.join("")}</saml:AttributeStatement>`;
}

function authnStatement(now: Date, sessionIndex: string): string {
  const context = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport";
  return `<saml:AuthnStatement AuthnInstant="${now.toISOString()}" SessionIndex="${sessionIndex}"><saml:AuthnContext><saml:AuthnContextClassRef>${context}</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeXml(title)}</title></head><body><main><h1>${escapeXml(title)}</h1>${body}</main></body></html>`;
}

/** The Issuer of a message in the HTTP-Redirect binding (deflated, base64): the SP's entity id. */
function issuerOf(encoded: string): string {
  const xml = inflateRawSync(Buffer.from(encoded, "base64")).toString("utf8");
  const issuer = /<(?:\w+:)?Issuer[^>]*>([^<]+)<\/(?:\w+:)?Issuer>/.exec(xml)?.[1];
  if (!issuer) throw new Error("no Issuer");
  return issuer.trim().replace(/&amp;/g, "&");
}

export async function startSamlIdp(options: { users: SamlIdpUser[]; spOrigin: string }): Promise<SamlIdp> {
  // samlify refuses to read without a validator. Set here as strict as better-auth's own (well-formed
  // XML): in an integration test both share one samlify, and whichever is set last is used.
  samlify.setSchemaValidator({
    validate: async (xml: string) => {
      new DOMParser({
        errorHandler: (level: string, message: unknown) => {
          if (level !== "warning") throw new Error(String(message));
        },
      }).parseFromString(xml, "text/xml");
      return "SUCCESS_VALIDATE_XML";
    },
  });
  const pems = await generate([{ name: "commonName", value: "Technohub test IdP" }], { keySize: 2048, algorithm: "sha256" });

  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const entityId = `${url}/metadata`;

  const idp = samlify.IdentityProvider({
    entityID: entityId,
    // An unsigned LogoutRequest could end anyone's session here: refused.
    wantLogoutRequestSigned: true,
    privateKey: pems.private,
    signingCert: pems.cert,
    nameIDFormat: [PERSISTENT],
    singleSignOnService: [{ Binding: REDIRECT, Location: `${url}/sso` }],
    singleLogoutService: [{ Binding: REDIRECT, Location: `${url}/slo` }],
  });
  const metadataXml = idp.getMetadata();

  /** Login requests waiting for the person to pick who they are. */
  const pending = new Map<string, { requestInfo: RequestInfo; relayState: string; spEntityId: string }>();
  let lastSpEntityId: string | null = null;
  const loggedOut: string[] = [];
  /** The IdP's own sessions, by the cookie's value. */
  const sessions = new Map<string, { user: SamlIdpUser; sessionIndex: string }>();
  const SESSION_COOKIE = "test_idp_session";
  const sessionOf = (cookie: string | undefined) => {
    const id = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`).exec(cookie ?? "")?.[1];
    return id ? { id, session: sessions.get(id) } : null;
  };
  let tamper: ((xml: string) => string) | null = null;

  const serviceProvider = async (entityId: string) => {
    if (new URL(entityId).origin !== options.spOrigin) throw new Error(`unknown SP ${entityId}`);
    const res = await fetch(entityId);
    if (!res.ok) throw new Error(`SP metadata: ${res.status}`);
    // The SP's signing certificate is in its metadata; our LogoutResponses to it are signed.
    return samlify.ServiceProvider({ metadata: await res.text(), wantLogoutResponseSigned: true });
  };

  async function respond(key: string, user: SamlIdpUser, sessionIndex: string): Promise<string> {
    const waiting = pending.get(key);
    if (!waiting) throw new Error("no such login request");
    pending.delete(key);
    const sp = await serviceProvider(waiting.spEntityId);
    const now = new Date();
    const later = new Date(now.getTime() + 5 * 60_000).toISOString();
    const acs = sp.entityMeta.getAssertionConsumerService("post") as string;
    const requestId = String((waiting.requestInfo.extract.request as { id?: unknown } | undefined)?.id ?? "");
    const response = await idp.createLoginResponse(sp, waiting.requestInfo, "post", { email: user.nameId }, {
      relayState: waiting.relayState,
      customTagReplacement: (template: string) => {
        const context = samlify.SamlLib.replaceTagsByValue(template, {
          ID: `_${randomUUID()}`,
          AssertionID: `_${randomUUID()}`,
          Destination: acs,
          Audience: sp.entityMeta.getEntityID(),
          SubjectRecipient: acs,
          Issuer: entityId,
          IssueInstant: now.toISOString(),
          StatusCode: "urn:oasis:names:tc:SAML:2.0:status:Success",
          ConditionsNotBefore: now.toISOString(),
          ConditionsNotOnOrAfter: later,
          SubjectConfirmationDataNotOnOrAfter: later,
          NameIDFormat: PERSISTENT,
          NameID: user.nameId,
          InResponseTo: requestId,
          // replaceTagsByValue escapes its values; the two statements are XML, put in after it.
          AuthnStatement: "{AuthnStatementXml}",
          AttributeStatement: "{AttributeStatementXml}",
        })
          .replace("{AuthnStatementXml}", authnStatement(now, sessionIndex))
          .replace("{AttributeStatementXml}", attributeStatement(user.attributes));
        return { id: requestId, context };
      },
    });
    let encoded = response.context;
    if (tamper) {
      encoded = Buffer.from(tamper(Buffer.from(encoded, "base64").toString("utf8")), "utf8").toString("base64");
      tamper = null;
    }
    // The HTTP-POST binding: the browser carries the response to the SP's assertion consumer service.
    return page(
      "Doorsturen naar de dienst",
      `<form method="post" action="${escapeXml(acs)}"><input type="hidden" name="SAMLResponse" value="${escapeXml(encoded)}">` +
        `<input type="hidden" name="RelayState" value="${escapeXml(waiting.relayState)}">` +
        `<button type="submit">Doorgaan</button></form><script>document.forms[0].submit()</script>`,
    );
  }

  server.on("request", (req, res) => {
    void (async () => {
      const address = new URL(req.url ?? "/", url);
      const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": type, ...headers });
        res.end(body);
      };
      try {
        if (address.pathname === "/metadata") return send(200, "application/samlmetadata+xml", metadataXml);
        if (address.pathname === "/sso" && req.method === "GET") {
          const query = Object.fromEntries(address.searchParams);
          const spEntityId = issuerOf(query.SAMLRequest ?? "");
          const requestInfo: RequestInfo = { ...(await idp.parseLoginRequest(await serviceProvider(spEntityId), "redirect", { query })) };
          const key = randomUUID();
          pending.set(key, { requestInfo, relayState: query.RelayState ?? "", spEntityId });
          lastSpEntityId = spEntityId;
          // Signed in here already: answered without asking.
          const current = sessionOf(req.headers.cookie)?.session;
          if (current) return send(200, "text/html; charset=utf-8", await respond(key, current.user, current.sessionIndex));
          const choices = options.users
            .map((u, i) => `<button type="submit" name="user" value="${i}">${escapeXml(u.label)}</button>`)
            .join(" ");
          return send(
            200,
            "text/html; charset=utf-8",
            page("Inloggen bij de test-IdP", `<form method="post" action="/sso"><input type="hidden" name="key" value="${key}">${choices}</form>`),
          );
        }
        if (address.pathname === "/sso" && req.method === "POST") {
          let body = "";
          for await (const chunk of req) body += String(chunk);
          const form = new URLSearchParams(body);
          const user = options.users[Number(form.get("user"))];
          if (!user) return send(400, "text/plain", "unknown user");
          const id = randomUUID();
          const sessionIndex = `_session-${randomUUID()}`;
          const answer = await respond(form.get("key") ?? "", user, sessionIndex);
          sessions.set(id, { user, sessionIndex });
          return send(200, "text/html; charset=utf-8", answer, { "set-cookie": `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax` });
        }
        if (address.pathname === "/slo" && req.method === "GET") {
          const query = Object.fromEntries(address.searchParams);
          const sp = await serviceProvider(issuerOf(query.SAMLRequest ?? ""));
          const octetString = redirectSignedText(address.search, "SAMLRequest") ?? "";
          const requestInfo: RequestInfo = { ...(await idp.parseLogoutRequest(sp, "redirect", { query, octetString })) };
          const nameId = String(requestInfo.extract.nameID);
          const sessionIndex = (requestInfo.extract as { sessionIndex?: unknown }).sessionIndex;
          for (const [id, session] of sessions) {
            if (session.user.nameId === nameId && (!sessionIndex || session.sessionIndex === sessionIndex)) sessions.delete(id);
          }
          loggedOut.push(nameId);
          const answer = idp.createLogoutResponse(sp, requestInfo, "redirect", query.RelayState ?? "");
          return send(302, "text/plain", "", { location: answer.context, "set-cookie": `${SESSION_COOKIE}=; Path=/; Max-Age=0` });
        }
        return send(404, "text/plain", "not found");
      } catch (error) {
        return send(400, "text/plain", `SAML error: ${(error as Error).message ?? String(error)}`);
      }
    })();
  });

  return {
    url,
    entityId,
    metadataXml,
    certificate: pems.cert,
    loggedOut,
    sessions: () => sessions.size,
    tamperNextResponse(change) {
      tamper = change;
    },
    async logoutRequestUrl(nameId, spEntityId = lastSpEntityId ?? "") {
      // samlify signs a LogoutRequest when its target wants it signed; the metadata does not say so.
      const sp = samlify.ServiceProvider({ metadata: (await serviceProvider(spEntityId)).getMetadata(), wantLogoutRequestSigned: true });
      return (idp.createLogoutRequest(sp, "redirect", { logoutNameID: nameId }) as { context: string }).context;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
