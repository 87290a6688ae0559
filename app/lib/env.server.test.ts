import { describe, expect, it } from "vitest";
import { generate } from "selfsigned";
import { parseEnv, EnvError, isLoopbackHost, apiContactEmail, samlSigningKeyPair } from "./env.server.ts";

describe("parseEnv", () => {
  it("fills defaults for a bare demo start", () => {
    const env = parseEnv({ DEMO: "1" });
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe("./data");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DEMO).toBe(true);
  });

  it("listens on loopback unless HOST says otherwise", () => {
    expect(parseEnv({ DEMO: "1" }).HOST).toBe("127.0.0.1");
    expect(parseEnv({ DEMO: "1", HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
    expect(isLoopbackHost("127.0.0.1")).toBe(true);
    expect(isLoopbackHost("::1")).toBe(true);
    expect(isLoopbackHost("localhost")).toBe(true);
    expect(isLoopbackHost("0.0.0.0")).toBe(false);
    expect(isLoopbackHost("192.168.1.10")).toBe(false);
  });

  it("requires AUTH_SECRET with a PostgreSQL server, in every mode", () => {
    const url = "postgres://u@127.0.0.1:5432/technohub";
    expect(() => parseEnv({ DEMO: "1", DATABASE_URL: url })).toThrow(/AUTH_SECRET ontbreekt \(verplicht met DATABASE_URL\)/);
    expect(() => parseEnv({ NODE_ENV: "development", DATABASE_URL: url })).toThrow(/AUTH_SECRET/);
    expect(parseEnv({ DEMO: "1", DATABASE_URL: url, AUTH_SECRET: "s".repeat(32) }).DATABASE_URL).toBe(url);
  });

  it("names a bad variable in one line", () => {
    expect(() => parseEnv({ PORT: "tachtig", DEMO: "1" })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: "tachtig", DEMO: "1" })).toThrow(/^Ongeldige configuratie: PORT: /);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", DEMO: "1" })).toThrow(/DATABASE_URL/);
  });

  it("requires AUTH_SECRET in production unless in demo mode", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "kort" })).toThrow(/AUTH_SECRET/);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) }).AUTH_SECRET).toHaveLength(32);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DEMO: "1", DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});

describe("SEED", () => {
  it("follows DEMO unless set, so production gets no demo accounts by accident", () => {
    expect(parseEnv({ DEMO: "1" }).SEED).toBe(true);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) }).SEED).toBe(false);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), SEED: "1" }).SEED).toBe(true);
  });
});

describe("WIDGET_FRAME_ANCESTORS", () => {
  it("is every site by default, or a list of origins", () => {
    expect(parseEnv({ DEMO: "1" }).WIDGET_FRAME_ANCESTORS).toBe("*");
    expect(parseEnv({ DEMO: "1", WIDGET_FRAME_ANCESTORS: "https://www.technet.nl http://localhost:8080" }).WIDGET_FRAME_ANCESTORS).toBe("https://www.technet.nl http://localhost:8080");
  });

  it("refuses anything that would add to the policy beyond frame-ancestors", () => {
    for (const value of ["https://a.nl; script-src *", "'self' 'unsafe-inline'", "https://a.nl/pad", "javascript:alert(1)", "https://a.nl,https://b.nl"]) {
      expect(() => parseEnv({ DEMO: "1", WIDGET_FRAME_ANCESTORS: value }), value).toThrow(/WIDGET_FRAME_ANCESTORS/);
    }
  });
});

describe("API_CONTACT", () => {
  it("is the API's contact when set, else the open data's, else the address mail is sent from", () => {
    expect(apiContactEmail(parseEnv({ DEMO: "1", API_CONTACT: "api@regio.nl", OPEN_DATA_CONTACT: "data@regio.nl" }))).toBe("api@regio.nl");
    expect(apiContactEmail(parseEnv({ DEMO: "1", OPEN_DATA_CONTACT: "data@regio.nl" }))).toBe("data@regio.nl");
    expect(apiContactEmail(parseEnv({ DEMO: "1", MAIL_FROM: "Technohub Utrecht <platform@regio.nl>" }))).toBe("platform@regio.nl");
    expect(apiContactEmail(parseEnv({ DEMO: "1", MAIL_FROM: "platform@regio.nl" }))).toBe("platform@regio.nl");
    expect(() => parseEnv({ DEMO: "1", API_CONTACT: "geen adres" })).toThrow(EnvError);
  });
});

describe("SAML_SP_SIGNING_KEY and SAML_SP_SIGNING_CERTIFICATE", () => {
  it("are a key and its own certificate, both or neither; a line break may be written \\n", async () => {
    const pair = await generate([{ name: "commonName", value: "sp" }], { keySize: 2048, algorithm: "sha256" });
    const other = await generate([{ name: "commonName", value: "other" }], { keySize: 2048, algorithm: "sha256" });
    expect(samlSigningKeyPair(parseEnv({ DEMO: "1" }))).toBeNull();
    const oneLine = { DEMO: "1", SAML_SP_SIGNING_KEY: pair.private.replace(/\n/g, "\\n"), SAML_SP_SIGNING_CERTIFICATE: pair.cert.replace(/\n/g, "\\n") };
    expect(samlSigningKeyPair(parseEnv(oneLine))).toEqual({ privateKey: pair.private, certificate: pair.cert });
    expect(() => parseEnv({ DEMO: "1", SAML_SP_SIGNING_KEY: pair.private })).toThrow(/horen samen/);
    expect(() => parseEnv({ DEMO: "1", SAML_SP_SIGNING_KEY: other.private, SAML_SP_SIGNING_CERTIFICATE: pair.cert })).toThrow(/hoort niet bij/);
    expect(() => parseEnv({ DEMO: "1", SAML_SP_SIGNING_KEY: "geen sleutel", SAML_SP_SIGNING_CERTIFICATE: pair.cert })).toThrow(/geen leesbare PEM/);
  });
});
