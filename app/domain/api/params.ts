/** Path parameters several operations share (ADR 028). */
import { z } from "zod";

/** A thing's slug, as in its page's address on the site. */
export const slugPath = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200);

/** The page offers up to 100 km; a little more costs the query nothing. */
export const MAX_RADIUS_KM = 200;
/** Courses search within this radius of `near` unless the client says otherwise. */
export const DEFAULT_RADIUS_KM = 25;

/** `radiusKm`, the same for every list that searches near a place: whole km, 1 to MAX_RADIUS_KM. */
export const radiusKm = z.coerce.number().int().min(1).max(MAX_RADIUS_KM);
