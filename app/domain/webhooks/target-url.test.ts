import { describe, expect, it } from "vitest";
import { targetUrlRefusal } from "./target-url.ts";

const privateIps = (host: string) => /^(10\.|127\.|192\.168\.|169\.254\.)/.test(host);
const production = { allowPrivate: false, isPrivateHost: privateIps };
const development = { allowPrivate: true, isPrivateHost: privateIps };

describe("where a webhook may point", () => {
  it("takes a public https URL", () => {
    expect(targetUrlRefusal("https://crm.kiremko.nl/hooks/technohub?x=1", production)).toBeNull();
  });

  it("refuses what is no http(s) URL, plain http to the internet, and credentials in the URL", () => {
    expect(targetUrlRefusal("crm.kiremko.nl/hooks", production)).toBe("webhooks.url.invalid");
    expect(targetUrlRefusal("ftp://crm.kiremko.nl/", production)).toBe("webhooks.url.https");
    expect(targetUrlRefusal("http://crm.kiremko.nl/hooks", production)).toBe("webhooks.url.https");
    expect(targetUrlRefusal("http://crm.kiremko.nl/hooks", development)).toBe("webhooks.url.https");
    expect(targetUrlRefusal("https://user:pw@crm.kiremko.nl/", production)).toBe("webhooks.url.credentials");
    expect(targetUrlRefusal(`https://crm.kiremko.nl/${"a".repeat(2000)}`, production)).toBe("webhooks.url.invalid");
  });

  it("allows http to this machine only where private addresses are allowed", () => {
    expect(targetUrlRefusal("http://localhost:4000/hook", development)).toBeNull();
    expect(targetUrlRefusal("http://127.0.0.1:4000/hook", development)).toBeNull();
    expect(targetUrlRefusal("http://localhost:4000/hook", production)).toBe("webhooks.url.https");
    expect(targetUrlRefusal("https://localhost/hook", production)).toBe("webhooks.url.private");
    expect(targetUrlRefusal("https://169.254.169.254/latest/meta-data", production)).toBe("webhooks.url.private");
    expect(targetUrlRefusal("https://10.0.0.5/hook", production)).toBe("webhooks.url.private");
  });
});
