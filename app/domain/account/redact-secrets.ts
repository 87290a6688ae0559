/**
 * Removes sign-in secrets (verification and reset tokens) from mail text.
 * A data export is a file people keep and forward; a reset link in it would
 * still work for an hour.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/([?&]token=)[^\s&#]+/g, "$1[verwijderd]")
    .replace(/(\/wachtwoord-herstellen\/)[^\s?#/]+/g, "$1[verwijderd]");
}
