import type { AppServices } from "~/context.ts";
import { invalid } from "~/domain/errors.ts";
import { getAddressLocation } from "~/services/organisations/get-address-location.server.ts";

type Address = { street: string | null; postcode: string | null; place: string | null };

/** Where the visit happens: the address given (it must be found), else the host's own. */
export async function slotLocation(services: AppServices, host: Address & { lat: number | null; lon: number | null }, input: Address) {
  let where = { street: host.street, postcode: host.postcode, place: host.place, lat: host.lat, lon: host.lon };
  if (input.street || input.postcode || input.place) {
    const located = await getAddressLocation(services, null, { street: input.street, postcode: input.postcode, place: input.place });
    if (!located) throw invalid("events.error.addressUnknown", "place");
    where = { street: input.street, postcode: input.postcode, place: input.place ?? located.place, lat: located.lat, lon: located.lon };
  }
  if (where.lat == null || where.lon == null) throw invalid("events.error.addressMissing", "place");
  return { ...where, lat: where.lat, lon: where.lon };
}
