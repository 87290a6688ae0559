/**
 * A label put before its value in running text ("Korte titel: Vul een korte titel in."). A label
 * that ends in its own punctuation, a question above all, takes a space instead of a colon:
 * "Wanneer kan de klas komen? Kies …", never "komen?: Kies …". Stacked tables do the same in CSS
 * (`th-table--stack` in app/styles/app.css).
 */
export function labelBefore(label: string): string {
  const text = label.trimEnd();
  return /[?!:]$/.test(text) ? `${text} ` : `${text}: `;
}
