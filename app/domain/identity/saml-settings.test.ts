import { describe, expect, it } from "vitest";
import { z } from "zod";
import { missingSamlSetting, normaliseCertificate, samlSettingsShape } from "./saml-settings.ts";

const BODY = "MIIC".padEnd(200, "A") + "==";

describe("a pasted signing certificate", () => {
  it("reads PEM and the bare base64 of metadata into one PEM with 64-character lines", () => {
    const pem = normaliseCertificate(`-----BEGIN CERTIFICATE-----\n${BODY.slice(0, 100)}\n  ${BODY.slice(100)}\n-----END CERTIFICATE-----`);
    expect(pem).toBe(normaliseCertificate(` ${BODY} `));
    expect(pem!.split("\n")).toHaveLength(2 + Math.ceil(BODY.length / 64));
    expect(pem!.split("\n")[1]).toHaveLength(64);
  });

  it("refuses what is not a certificate", () => {
    expect(normaliseCertificate("-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----")).toBeNull();
    expect(normaliseCertificate("short")).toBeNull();
    expect(normaliseCertificate("<xml>not base64</xml>".repeat(10))).toBeNull();
  });
});

describe("the SAML fields of the form", () => {
  const schema = z.object(samlSettingsShape);
  const empty = { samlMetadata: "", samlMetadataUrl: "", samlEntityId: "", samlSsoUrl: "", samlCertificate: "" };

  it("reads empty fields as absent and names a bad certificate or address", () => {
    expect(schema.parse(empty)).toEqual({ samlMetadata: null, samlMetadataUrl: null, samlEntityId: null, samlSsoUrl: null, samlCertificate: null });
    const bad = schema.safeParse({ ...empty, samlCertificate: "nonsense!", samlSsoUrl: "ftp://idp.example" });
    expect(bad.success ? [] : bad.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["samlSsoUrl", "identity.saml.ssoUrl.invalid"],
      ["samlCertificate", "identity.saml.certificate.invalid"],
    ]);
  });

  it("needs metadata, or the entity id, SSO address and certificate together", () => {
    const none = { samlMetadata: null, samlMetadataUrl: null, samlEntityId: null, samlSsoUrl: null, samlCertificate: null };
    expect(missingSamlSetting(none)).toEqual({ field: "samlMetadataUrl", key: "identity.saml.source.required" });
    expect(missingSamlSetting({ ...none, samlMetadataUrl: "https://metadata.surfconext.nl/idp-metadata.xml" })).toBeNull();
    expect(missingSamlSetting({ ...none, samlMetadata: "<md:EntityDescriptor/>" })).toBeNull();
    expect(missingSamlSetting({ ...none, samlEntityId: "https://idp.example" })).toEqual({ field: "samlSsoUrl", key: "identity.saml.ssoUrl.required" });
    expect(missingSamlSetting({ ...none, samlEntityId: "https://idp.example", samlSsoUrl: "https://idp.example/sso" })).toEqual({
      field: "samlCertificate",
      key: "identity.saml.certificate.required",
    });
    expect(missingSamlSetting({ ...none, samlSsoUrl: "https://idp.example/sso" })).toEqual({ field: "samlEntityId", key: "identity.saml.entityId.required" });
    expect(missingSamlSetting({ samlMetadata: null, samlMetadataUrl: null, samlEntityId: "e", samlSsoUrl: "https://i/sso", samlCertificate: "c" })).toBeNull();
  });
});
