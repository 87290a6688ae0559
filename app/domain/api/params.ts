/** Path parameters several operations share (ADR 028). */
import { z } from "zod";
import { FIRST_YEAR, isIsoDate, isStorableMoment, LAST_YEAR } from "../common/time.ts";

/** A thing's slug, as in its page's address on the site. */
export const slugPath = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200);

/** The page offers up to 100 km; a little more costs the query nothing. */
export const MAX_RADIUS_KM = 200;
/** Courses search within this radius of `near` unless the client says otherwise. */
export const DEFAULT_RADIUS_KM = 25;

/** `radiusKm`, the same for every list that searches near a place: whole km, 1 to MAX_RADIUS_KM. */
export const radiusKm = z.coerce.number().int().min(1).max(MAX_RADIUS_KM);

/** Why a date or moment outside the platform's years is refused (isIsoDate, isStorableMoment). */
const yearRange = { message: "api.invalidParam.yearRange", params: { first: String(FIRST_YEAR), last: String(LAST_YEAR) } };

/** A day (YYYY-MM-DD) by the platform's one rule for dates: a real one, within its years. */
export const calendarDay = z.iso.date().refine(isIsoDate, yearRange);

/** A moment with its time zone (ISO 8601) that PostgreSQL can keep: year 0 and years past 9999 are not. */
export const moment = z.iso.datetime({ offset: true }).refine((v) => isStorableMoment(new Date(v)), yearRange);
