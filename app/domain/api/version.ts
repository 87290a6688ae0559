/**
 * The public API's version (ADR 028). The major version is in every path (`/api/v1`); the full
 * semver version is in the document's `info.version` and in the `API-Version` header of every
 * answer, so a client can tell a compatible change (minor, patch) from the path alone.
 */
export const API_VERSION = "1.3.0";
export const API_BASE_PATH = "/api/v1";

/** Answers under the API's base path, and nothing that merely starts with the same letters. */
export function isApiPath(pathname: string): boolean {
  return pathname === API_BASE_PATH || pathname.startsWith(`${API_BASE_PATH}/`);
}
