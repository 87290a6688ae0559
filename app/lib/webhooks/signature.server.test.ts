import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { newWebhookSecret, webhookHeaders, webhookSignature } from "./signature.server.ts";
import { openSecret, sealSecret } from "./secret-box.server.ts";

describe("Standard Webhooks signing", () => {
  it("makes whsec_ secrets of 32 random bytes", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it("signs so that the standardwebhooks library verifies it, and a changed body fails", () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ id: "e1", type: "registration.created", timestamp: "2027-01-11T08:00:00.000Z", data: { registrationId: "r1" } });
    const headers = webhookHeaders(secret, "msg_1", new Date(), body);
    expect(headers["webhook-id"]).toBe("msg_1");
    expect(new Webhook(secret).verify(body, headers)).toMatchObject({ type: "registration.created" });
    expect(() => new Webhook(secret).verify(body.replace("r1", "r2"), headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });

  it("signs with two secrets while one is being rolled: a receiver with either verifies, one with neither does not", () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const body = JSON.stringify({ id: "e2", type: "registration.created", timestamp: "2027-01-11T08:00:00.000Z", data: {} });
    const headers = webhookHeaders([current, previous], "msg_2", new Date(), body);
    expect(headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(new Webhook(current).verify(body, headers)).toMatchObject({ id: "e2" });
    expect(new Webhook(previous).verify(body, headers)).toMatchObject({ id: "e2" });
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });

  it("matches the specification's example", () => {
    // From the Standard Webhooks specification (spec/standard-webhooks.md, "Signature scheme").
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const body = '{"test": 2432232314}';
    expect(webhookSignature(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body)).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });
});

describe("the sealed secret", () => {
  const key = "an-auth-secret-of-at-least-thirty-two-chars";
  it("opens with the same auth secret and not with another", () => {
    const sealed = sealSecret(key, "whsec_abc");
    expect(sealed).not.toContain("whsec_abc");
    expect(openSecret(key, sealed)).toBe("whsec_abc");
    expect(() => openSecret(`${key}-other`, sealed)).toThrow();
    expect(sealSecret(key, "whsec_abc")).not.toBe(sealed);
  });
});
