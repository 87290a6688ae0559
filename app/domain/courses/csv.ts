/**
 * CSV as Excel in the Netherlands opens it: semicolons (comma is the decimal
 * separator here), CRLF line ends, a UTF-8 byte order mark, and every field
 * quoted when it holds a separator, quote or line break. Fields starting with
 * = + - @ are prefixed with ' so a spreadsheet never runs them as formulas.
 */
export function toCsv(rows: (string | number | null)[][]): string {
  const field = (value: string | number | null) => {
    let text = value === null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return "\uFEFF" + rows.map((r) => r.map(field).join(";")).join("\r\n") + "\r\n";
}
