import { eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { networkLocation } from "~/db/schema/index.ts";
import { COURSE_ERRORS, type SessionInput } from "~/domain/courses/forms.ts";
import { invalid } from "~/domain/errors.ts";

/**
 * Where a session takes place: one of the course network's hubs, or an address that is located
 * (for distance search); neither means online.
 */
export async function sessionLocation(services: AppServices, courseNetworkId: string | null, input: Pick<SessionInput, "locationId" | "address" | "place">) {
  if (input.locationId) {
    const [hub] = await services.db
      .select({ networkId: networkLocation.networkId, place: networkLocation.place, lat: networkLocation.lat, lon: networkLocation.lon })
      .from(networkLocation)
      .where(eq(networkLocation.id, input.locationId))
      .limit(1);
    if (!hub || hub.networkId !== courseNetworkId) throw invalid(COURSE_ERRORS.location, "locationId");
    return { lat: hub.lat, lon: hub.lon, place: hub.place };
  }
  if (input.place) {
    const found = await services.geocoder.geocode({ street: input.address, place: input.place }).catch(() => null);
    return { lat: found?.lat ?? null, lon: found?.lon ?? null, place: found?.place ?? input.place };
  }
  return { lat: null, lon: null, place: input.place };
}

/** The columns a session's form (or the API's put) writes, with its located place. */
export function sessionColumns(input: SessionInput, where: { lat: number | null; lon: number | null; place: string | null }) {
  return {
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    locationId: input.locationId,
    address: input.locationId ? null : input.address,
    place: where.place,
    lat: where.lat,
    lon: where.lon,
    capacity: input.capacity,
    minParticipants: input.minParticipants,
    registrationDeadline: input.registrationDeadline,
  };
}
