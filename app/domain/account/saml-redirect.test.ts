import { describe, expect, it } from "vitest";
import { redirectSignedText } from "./saml-redirect.ts";

describe("the signed text of a SAML redirect", () => {
  it("takes the message, RelayState and SigAlg in that order, spelt as they arrived", () => {
    const query = "Signature=c2ln&SigAlg=http%3a%2F%2Fwww.w3.org&RelayState=%2Finloggen&SAMLResponse=abc%2Bdef";
    expect(redirectSignedText(query, "SAMLResponse")).toBe("SAMLResponse=abc%2Bdef&RelayState=%2Finloggen&SigAlg=http%3a%2F%2Fwww.w3.org");
  });

  it("leaves out a RelayState that was not sent", () => {
    expect(redirectSignedText("?SAMLRequest=x&SigAlg=y&Signature=z", "SAMLRequest")).toBe("SAMLRequest=x&SigAlg=y");
  });

  it("has nothing to check without the message or SigAlg, or with a parameter given twice", () => {
    expect(redirectSignedText("SAMLResponse=x&Signature=z", "SAMLResponse")).toBeNull();
    expect(redirectSignedText("SAMLRequest=x&SigAlg=y", "SAMLResponse")).toBeNull();
    expect(redirectSignedText("SAMLResponse=x&SAMLResponse=w&SigAlg=y", "SAMLResponse")).toBeNull();
  });

  it("has nothing to check when a parameter comes twice under two spellings of its name", () => {
    // URLSearchParams reads both as SAMLResponse (the later wins); the signed text would be cut from the first.
    expect(redirectSignedText("SAMLResponse=x&SigAlg=y&Signature=z&SAML%52esponse=w", "SAMLResponse")).toBeNull();
    expect(redirectSignedText("SAMLResponse=x&SigAlg=y&SigAl%67=v", "SAMLResponse")).toBeNull();
    expect(redirectSignedText("SAMLResponse=x&SigAlg=y&SAMLResponse", "SAMLResponse")).toBeNull();
  });
});
