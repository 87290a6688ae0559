/**
 * The SSO plugin's own SAML sign-out (`/sso/saml2/logout/:providerId`) sends the IdP an unsigned
 * LogoutRequest and does not check the answer's InResponseTo; ours is the sign-out button
 * (`signOut`, ADR 033). better-auth's `disabledPaths` names exact paths, and this one carries the
 * provider, so the route table closes it instead.
 */
function gone(): never {
  throw new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export const loader = gone;
export const action = gone;
