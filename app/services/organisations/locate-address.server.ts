/**
 * Not a use-case: the old address of get-address-location, kept because the events area imports
 * `locateAddress` from here. Remove it once events calls getAddressLocation(services, actor, address).
 */
import type { AppServices } from "~/context.ts";
import { getAddressLocation, type Address } from "./get-address-location.server.ts";

export type { Address };

export function locateAddress(services: Pick<AppServices, "geocoder">, address: Address) {
  return getAddressLocation(services, null, address);
}
