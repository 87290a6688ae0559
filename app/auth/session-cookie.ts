/** better-auth's session cookie (cookiePrefix "technohub" in app/auth/auth.server.ts; __Secure- over https). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?technohub\.session_token=/;

export function hasSessionCookie(cookieHeader: string | null | undefined): boolean {
  return !!cookieHeader && SESSION_COOKIE.test(cookieHeader);
}
