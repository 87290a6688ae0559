import type { GeocodeResult } from "~/lib/geo/geocoder.server.ts";
import { PROVINCES } from "~/domain/networks/vocabulary.ts";

/** The province to store: what the user chose, else what the geocoder found (if it is one we know). */
export function provinceFor(chosen: string | null, located: GeocodeResult | null): string | null {
  if (chosen) return chosen;
  const found = located?.province ?? null;
  return found && (PROVINCES as readonly string[]).includes(found) ? found : null;
}
