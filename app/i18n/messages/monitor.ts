/** Regional monitor: indicators per region over time, charts, imports. */
export const monitor = {
  nl: {} as Record<string, string>,
  en: {} as Record<string, string>,
};
