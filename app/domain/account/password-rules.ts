/**
 * Password lengths, apart from the common-password check so that forms (which
 * also run in the browser) can show them without loading the password list.
 * 15 is NIST SP 800-63B-4's minimum for a password that is the only factor;
 * 128 is better-auth's maximum and keeps hashing and guessability checks cheap.
 */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;
