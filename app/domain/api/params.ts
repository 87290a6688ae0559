/** Path parameters several operations share (ADR 028). */
import { z } from "zod";

/** A thing's slug, as in its page's address on the site. */
export const slugPath = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200);
