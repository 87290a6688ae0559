import type { AppServices } from "~/context.ts";

/** Place → coordinates and province (for distance and per-region totals); a slow or unknown answer just leaves them empty. */
export async function locateNeed(services: AppServices, place: string) {
  if (!place) return { place: null, province: null, lat: null, lon: null };
  const found = await services.geocoder.geocode({ place }).catch(() => null);
  return { place: found?.place ?? place, province: found?.province ?? null, lat: found?.lat ?? null, lon: found?.lon ?? null };
}
