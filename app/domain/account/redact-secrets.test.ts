import { describe, expect, it } from "vitest";
import { redactSecrets } from "./redact-secrets.ts";

describe("redactSecrets", () => {
  it("removes verification and reset tokens but keeps the rest of the text", () => {
    const text = "Bevestig: https://x.nl/email-bevestigen?token=eyJhbGci.abc\nHerstel: https://x.nl/wachtwoord-herstellen/Ab12Cd34?x=1\nGroet";
    expect(redactSecrets(text)).toBe(
      "Bevestig: https://x.nl/email-bevestigen?token=[verwijderd]\nHerstel: https://x.nl/wachtwoord-herstellen/[verwijderd]?x=1\nGroet",
    );
  });
  it("leaves text without secrets alone", () => {
    expect(redactSecrets("Uw aanvraag is ontvangen.")).toBe("Uw aanvraag is ontvangen.");
  });
});
