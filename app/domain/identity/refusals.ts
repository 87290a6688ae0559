/**
 * The codes better-auth puts in the address when a federated sign-in fails (`?error=`), turned
 * into one of our messages. Ours first (validateUserInfo, app/domain/identity/mapping.ts), then
 * better-auth's and the SSO plugin's; anything else is the general refusal, never the raw code.
 */
const REFUSALS: Record<string, string> = {
  sso_unknown_domain: "identity.refused.unknownDomain",
  sso_link_refused: "identity.refused.linkRefused",
  "account not linked": "identity.refused.linkRefused",
  account_not_linked: "identity.refused.linkRefused",
  sso_provider_disabled: "identity.refused.disabled",
  invalid_state: "identity.refused.tampered",
  state_mismatch: "identity.refused.tampered",
  state_not_found: "identity.refused.tampered",
  please_restart_the_process: "identity.refused.tampered",
  invalid_provider: "identity.refused.tampered",
  ACCOUNT_BLOCKED: "identity.refused.blocked",
  access_denied: "identity.refused.cancelled",
  // SAML (app/auth/saml-federation.server.ts; better-auth's ACS for a response that does not verify).
  sso_student: "identity.refused.sso_student",
  sso_not_staff: "identity.refused.sso_not_staff",
  sso_affiliation_missing: "identity.refused.sso_affiliation_missing",
  sso_email_missing: "identity.refused.sso_email_missing",
  sso_organisation_missing: "identity.refused.sso_organisation_missing",
  sso_unknown_school: "identity.refused.sso_unknown_school",
  sso_unverified_school: "identity.refused.sso_unverified_school",
  invalid_saml_response: "identity.refused.tampered",
  saml_error: "identity.refused.tampered",
  replay_detected: "identity.refused.tampered",
  unsolicited_response: "identity.refused.tampered",
  saml_assertion_signature_required: "identity.refused.tampered",
};

export function refusalMessage(code: string | null): string | null {
  if (code === null || code === "") return null;
  return REFUSALS[code] ?? "identity.refused.other";
}
