/** Where a person lands after signing out, here or at their identity provider first (ADR 033). */
export const SIGNED_OUT_PATH = "/inloggen?uitgelogd=1";
/** Where they land when the SAML IdP's answer to our LogoutRequest could not be verified: signed out here, not confirmed there. */
export const SIGNED_OUT_UNCONFIRMED_PATH = "/inloggen?uitgelogd-onbevestigd=1";

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): the provider's end-session address
 * with the id_token the person signed in with as hint, and where the provider sends them after.
 */
export function endSessionUrl(endpoint: string, input: { idToken: string | null; clientId: string; postLogoutRedirectUri: string }): string {
  const url = new URL(endpoint);
  if (input.idToken) url.searchParams.set("id_token_hint", input.idToken);
  url.searchParams.set("client_id", input.clientId);
  url.searchParams.set("post_logout_redirect_uri", input.postLogoutRedirectUri);
  return url.toString();
}

/**
 * Whether the session came from this federated account: better-auth writes the account (its fresh
 * tokens) just before it makes the session, so the account was written at most a minute before.
 */
export function sessionCameFromAccount(sessionCreatedAt: Date, accountUpdatedAt: Date): boolean {
  return accountUpdatedAt.getTime() >= sessionCreatedAt.getTime() - 60_000;
}
