/**
 * The identifiers a Dutch organisation is known by, read the way people type them: in a form, a
 * spreadsheet or a federation's attribute. Each function answers the stored form, or null when the
 * text cannot be one. The database holds the same rules as CHECK constraints (organisation_kvk_format,
 * organisation_brin_format, organisation_branch_number_format); this is the one place code reads them.
 */

/**
 * KvK (Kamer van Koophandel) number: 8 digits. People copy it with spaces, dots or a dash
 * ("3012 3456", "30.12.34.56", "30-123456"); those do not count.
 */
export function normaliseKvk(text: string): string | null {
  const compact = text.replace(/[\s.-]/g, "");
  return /^[0-9]{8}$/.test(compact) ? compact : null;
}

/** BRIN number (DUO): 4 characters, 2 digits then 2 letters or digits ("25LP", "00AB", "12A3"). */
export function normaliseBrin(text: string): string | null {
  const compact = text.replace(/\s/g, "").toUpperCase();
  return /^[0-9]{2}[A-Z0-9]{2}$/.test(compact) ? compact : null;
}

/**
 * Vestigingsnummer: 2 digits after the BRIN ("01"). A spreadsheet that took "01" for a number shows
 * "1", so one digit is read with its leading zero put back.
 */
export function normaliseBranchNumber(text: string): string | null {
  const compact = text.replace(/\s/g, "");
  if (/^[0-9]{2}$/.test(compact)) return compact;
  return /^[0-9]$/.test(compact) ? `0${compact}` : null;
}

/**
 * A BRIN with, optionally, its vestigingsnummer written straight after it, as federations send it:
 * "11ZZ" or "11ZZ03". Case and spaces are forgiven; the vestigingsnummer must be two digits here,
 * since nothing marks where a shorter one would end.
 */
export function normaliseBrinWithBranch(text: string): { brin: string; branchNumber: string | null } | null {
  const compact = text.replace(/\s/g, "");
  if (compact.length !== 4 && compact.length !== 6) return null;
  const brin = normaliseBrin(compact.slice(0, 4));
  const branch = compact.slice(4);
  if (brin === null) return null;
  if (branch === "") return { brin, branchNumber: null };
  return /^[0-9]{2}$/.test(branch) ? { brin, branchNumber: branch } : null;
}
