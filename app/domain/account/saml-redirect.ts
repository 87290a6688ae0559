/**
 * SAML's HTTP-Redirect binding signs the query string, not the message: the signature covers
 * `SAMLRequest=…&RelayState=…&SigAlg=…` (or `SAMLResponse=…`) exactly as the sender encoded them
 * (saml-bindings §3.4.4.1). Decoding and encoding again may spell a character differently
 * (`%2f` or `%2F`, `+` or `%20`) and break a good signature, so the signed text is cut from the
 * raw query as it arrived.
 */
export function redirectSignedText(rawQuery: string, message: "SAMLRequest" | "SAMLResponse"): string | null {
  const raw = new Map<string, string>();
  for (const pair of rawQuery.replace(/^\?/, "").split("&")) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    // Keyed by the name as URLSearchParams decodes it (the reader of the message's values does):
    // `SAML%52esponse` or a bare `SAMLResponse` is that parameter again, not another one.
    const [name = ""] = new URLSearchParams(`${at < 0 ? pair : pair.slice(0, at)}=`).keys();
    // A repeated parameter makes the signed text ambiguous: refuse rather than pick one.
    if (raw.has(name)) return null;
    raw.set(name, at < 0 ? "" : pair.slice(at + 1));
  }
  const content = raw.get(message);
  const sigAlg = raw.get("SigAlg");
  if (content === undefined || sigAlg === undefined) return null;
  const relayState = raw.get("RelayState");
  return [`${message}=${content}`, ...(relayState === undefined ? [] : [`RelayState=${relayState}`]), `SigAlg=${sigAlg}`].join("&");
}
