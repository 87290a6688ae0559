import { describe, expect, it } from "vitest";
import { networkActionSchema, personActionSchema } from "./forms.ts";

describe("the actions' forms", () => {
  it("treat a destructive action as unconfirmed until the second step says so", () => {
    expect(personActionSchema.parse({ intent: "block", userId: "u-1" })).toMatchObject({ intent: "block", confirmed: false });
    expect(personActionSchema.parse({ intent: "block", userId: "u-1", confirmed: "1", reason: "Spam" })).toMatchObject({ confirmed: true, reason: "Spam" });
    expect(networkActionSchema.parse({ intent: "merge", into: "technet" })).toMatchObject({ confirmed: false });
  });

  it("refuse an unknown action and a malformed address", () => {
    expect(personActionSchema.safeParse({ intent: "delete", userId: "u-1" }).success).toBe(false);
    const bad = networkActionSchema.safeParse({ intent: "appoint", email: "geen-adres" });
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["email", "admin.emailInvalid"]]);
  });

  it("read an empty province and contact details as absent", () => {
    expect(networkActionSchema.parse({ intent: "update", name: " TechNet ", kind: "technet", summary: "", province: "", contactEmail: " ", website: "" })).toEqual({
      intent: "update",
      name: "TechNet",
      kind: "technet",
      summary: "",
      province: null,
      contactEmail: null,
      website: null,
    });
  });
});
