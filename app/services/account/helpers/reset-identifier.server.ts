/** better-auth stores a reset token under this identifier, with the user's id as value. */
export const resetIdentifier = (token: string) => `reset-password:${token}`;
