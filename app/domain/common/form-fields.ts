/** Zod schemas for the fields forms share; pure, so domain form schemas can use them. */
import { z } from "zod";

/** An optional text field: empty input means absent. */
export const optionalText = (max = 500) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v), z.string().max(max).optional());

export const requiredText = (max = 500, message = "form.required") =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string({ error: message }).min(1, message).max(max));

/** Checkbox lists (`name[]`) arrive as arrays; a single value or none is normalised. */
export const stringList = (item: z.ZodType<string> = z.string()) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));
