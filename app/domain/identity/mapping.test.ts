import { describe, expect, it } from "vitest";
import { endSessionUrl, sessionCameFromAccount } from "../account/federated-sign-out.ts";
import { emailDomain, federatedSignInRefusal, isDomainName, membershipFor, providerIdFor, type ProviderPolicy } from "./mapping.ts";
import { parseDomains, providerFormSchema } from "./provider-form.ts";
import { refusalMessage } from "./refusals.ts";

const SCHOOL = "00000000-0000-4000-8000-000000000001";
const OTHER_SCHOOL = "00000000-0000-4000-8000-000000000002";

const policy = (over: Partial<ProviderPolicy> = {}): ProviderPolicy => ({
  organisationId: SCHOOL,
  defaultRole: "member",
  trustedForLinking: true,
  disabled: false,
  domains: [{ domain: "school.nl", organisationId: null }],
  ...over,
});

describe("federated sign-in: who may come in", () => {
  it("creates a person only at one of the provider's domains", () => {
    expect(federatedSignInRefusal(policy(), "create-user", { email: "an@school.nl", emailVerified: true })).toBeNull();
    expect(federatedSignInRefusal(policy(), "create-user", { email: "an@SCHOOL.nl", emailVerified: false })).toBeNull();
    expect(federatedSignInRefusal(policy(), "create-user", { email: "an@elders.nl", emailVerified: true })).toBe("sso_unknown_domain");
    expect(federatedSignInRefusal(policy(), "create-user", { email: "an@sub.school.nl", emailVerified: true })).toBe("sso_unknown_domain");
    expect(federatedSignInRefusal(policy(), "create-user", { email: "geen-adres", emailVerified: true })).toBe("sso_unknown_domain");
  });

  it("links an existing account only with proof of both: the provider verified the address and is trusted for the domain", () => {
    expect(federatedSignInRefusal(policy(), "link-account", { email: "an@school.nl", emailVerified: true })).toBeNull();
    expect(federatedSignInRefusal(policy(), "link-account", { email: "an@school.nl", emailVerified: false })).toBe("sso_link_refused");
    expect(federatedSignInRefusal(policy({ trustedForLinking: false }), "link-account", { email: "an@school.nl", emailVerified: true })).toBe("sso_link_refused");
    expect(federatedSignInRefusal(policy(), "link-account", { email: "an@elders.nl", emailVerified: true })).toBe("sso_link_refused");
  });

  it("lets a linked person sign in again, unless the provider is switched off", () => {
    expect(federatedSignInRefusal(policy(), "sign-in", { email: "an@elders.nl", emailVerified: false })).toBeNull();
    expect(federatedSignInRefusal(policy({ disabled: true }), "sign-in", { email: "an@school.nl", emailVerified: true })).toBe("sso_provider_disabled");
    expect(federatedSignInRefusal(policy({ disabled: true }), "create-user", { email: "an@school.nl", emailVerified: true })).toBe("sso_provider_disabled");
  });
});

describe("federated sign-in: organisation and role", () => {
  it("gives the provider's organisation and default role", () => {
    expect(membershipFor(policy({ defaultRole: "admin" }), "an@school.nl")).toEqual({ organisationId: SCHOOL, role: "admin" });
  });

  it("gives a federation's domain its own organisation before the provider's", () => {
    const federation = policy({ organisationId: null, domains: [{ domain: "school.nl", organisationId: OTHER_SCHOOL }, { domain: "los.nl", organisationId: null }] });
    expect(membershipFor(federation, "an@school.nl")).toEqual({ organisationId: OTHER_SCHOOL, role: "member" });
    expect(membershipFor(federation, "an@los.nl")).toBeNull();
  });
});

describe("identity helpers", () => {
  it("reads the domain of an address", () => {
    expect(emailDomain("Piet@School.NL")).toBe("school.nl");
    expect(emailDomain("a@b@c.nl")).toBe("c.nl");
    expect(emailDomain("@school.nl")).toBeNull();
    expect(emailDomain("piet@")).toBeNull();
  });

  it("accepts domains as typed and refuses what is none", () => {
    expect(parseDomains(" School.nl, @bedrijf.nl\nschool.nl ")).toEqual(["school.nl", "bedrijf.nl"]);
    expect(isDomainName("school.nl")).toBe(true);
    expect(isDomainName("roc-midden.nl")).toBe(true);
    expect(isDomainName("localhost")).toBe(false);
    expect(isDomainName("-x.nl")).toBe(false);
    expect(isDomainName("a b.nl")).toBe(false);
  });

  it("makes a provider id safe for an address", () => {
    expect(providerIdFor("Entree Federatie (Kennisnet)", "a1b2c3")).toBe("entree-federatie-kennisnet-a1b2c3");
    expect(providerIdFor("Ééé!", "x")).toBe("eee-x");
    expect(providerIdFor("!!!", "x")).toBe("idp-x");
  });

  it("builds the end-session address of RP-initiated logout", () => {
    const url = new URL(endSessionUrl("https://idp.example/session/end?x=1", { idToken: "eyJ.a.b", clientId: "technohub", postLogoutRedirectUri: "https://technohub.nl/inloggen?uitgelogd=1" }));
    expect(url.origin + url.pathname).toBe("https://idp.example/session/end");
    expect(url.searchParams.get("x")).toBe("1");
    expect(url.searchParams.get("id_token_hint")).toBe("eyJ.a.b");
    expect(url.searchParams.get("client_id")).toBe("technohub");
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe("https://technohub.nl/inloggen?uitgelogd=1");
  });

  it("tells a session made by the federated sign-in from a later password sign-in", () => {
    const account = new Date("2026-12-06T12:00:00Z");
    expect(sessionCameFromAccount(new Date("2026-12-06T12:00:01Z"), account)).toBe(true);
    expect(sessionCameFromAccount(new Date("2026-12-06T14:00:00Z"), account)).toBe(false);
  });

  it("turns every refusal code into a message, never the raw code", () => {
    expect(refusalMessage("sso_unknown_domain")).toBe("identity.refused.unknownDomain");
    expect(refusalMessage("account not linked")).toBe("identity.refused.linkRefused");
    expect(refusalMessage("invalid_state")).toBe("identity.refused.tampered");
    expect(refusalMessage("something_new")).toBe("identity.refused.other");
    expect(refusalMessage(null)).toBeNull();
  });
});

describe("the provider form", () => {
  const form = { protocol: "oidc", name: " School ", kind: "entra", issuer: "https://login.example/v2.0", clientId: "abc", clientSecret: "", scopes: "email", domains: "school.nl", organisation: "", defaultRole: "member" };

  it("reads an OpenID Connect provider, openid always among the scopes", () => {
    const parsed = providerFormSchema.parse(form);
    expect(parsed).toMatchObject({ name: "School", scopes: ["openid", "email"], domains: ["school.nl"], organisation: null, clientSecret: null, trustedForLinking: false });
  });

  it("refuses a bad domain and a missing issuer beside their fields", () => {
    const result = providerFormSchema.safeParse({ ...form, domains: "school", issuer: "" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toContain("issuer");
    expect(paths.some((p) => p.startsWith("domains"))).toBe(true);
  });
});
