/**
 * A KvK number (Chamber of Commerce) has exactly eight digits. People copy it
 * with spaces or dots ("3012 3456", "30.12.34.56"); those are dropped before
 * checking. The database holds the same rule as a CHECK constraint.
 */
export function normaliseKvkNumber(input: string): string {
  return input.replace(/[\s.\-]/g, "");
}

export function isValidKvkNumber(value: string): boolean {
  return /^[0-9]{8}$/.test(value);
}
