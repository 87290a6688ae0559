import { z } from "zod";
import { optionalText, requiredText } from "../common/form-fields.ts";
import { NETWORK_KINDS, PROVINCES } from "../networks/vocabulary.ts";
import { MODERATED_KINDS, PLATFORM_ROLES } from "./rules.ts";

/** A network's fields as an administrator creates or corrects them. */
export const networkFieldsSchema = z.object({
  name: requiredText(200),
  kind: z.enum(NETWORK_KINDS, { error: "admin.networks.kindRequired" }),
  summary: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(1000, "admin.tooLong")),
  province: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(PROVINCES, { error: "admin.networks.provinceUnknown" }).nullable()),
  contactEmail: z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null), z.email({ error: "admin.emailInvalid" }).max(254).nullable()),
  website: z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null), z.url({ protocol: /^https?$/, error: "admin.websiteInvalid" }).max(500).nullable()),
});

/** "Yes, I mean it": the second step of a destructive action. */
const confirmed = z.preprocess((v) => v === "1", z.boolean());

/** The actions on /beheer/netwerken/:slug, one form each. */
export const networkActionSchema = z.discriminatedUnion("intent", [
  networkFieldsSchema.extend({ intent: z.literal("update") }),
  z.object({ intent: z.literal("archive"), confirmed }),
  z.object({ intent: z.literal("restore") }),
  z.object({ intent: z.literal("merge"), into: requiredText(200, "admin.merge.targetRequired"), confirmed }),
  z.object({ intent: z.literal("appoint"), email: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.email({ error: "admin.emailInvalid" }).max(254)) }),
  z.object({ intent: z.literal("dismiss"), userId: requiredText(200) }),
], { error: "admin.intentUnknown" });

/** The actions on /beheer/personen. */
export const personActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("block"), userId: requiredText(200), reason: optionalText(500), confirmed }),
  z.object({ intent: z.literal("unblock"), userId: requiredText(200) }),
  z.object({ intent: z.literal("reset"), userId: requiredText(200) }),
  z.object({ intent: z.literal("role"), userId: requiredText(200), role: z.enum(PLATFORM_ROLES, { error: "admin.people.roleUnknown" }) }),
], { error: "admin.intentUnknown" });

/** The actions on /beheer/organisaties/:slug. */
export const organisationActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("verify") }),
  z.object({ intent: z.literal("unverify") }),
  z.object({ intent: z.literal("merge"), into: requiredText(200, "admin.merge.targetRequired"), confirmed }),
], { error: "admin.intentUnknown" });

/** Hiding or showing one item on /beheer/inhoud. */
export const contentActionSchema = z.object({
  intent: z.enum(["hide", "unhide"], { error: "admin.intentUnknown" }),
  kind: z.enum(MODERATED_KINDS, { error: "admin.intentUnknown" }),
  id: requiredText(100),
});
