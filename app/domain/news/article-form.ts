import { z } from "zod";
import { optionalText, requiredText } from "../common/form-fields.ts";

/** The article editor's fields. An image needs a description (alt text) for screen readers. */
export const articleFormSchema = z
  .object({
    network: requiredText(200, "news.form.networkRequired"),
    title: requiredText(200),
    summary: requiredText(500),
    body: requiredText(50_000),
    imageUrl: optionalText(1000).pipe(z.url({ protocol: /^https?$/, error: "news.form.imageUrlInvalid" }).optional()),
    imageAlt: optionalText(300),
    status: z.enum(["draft", "published"], { error: "news.form.statusRequired" }),
  })
  .superRefine((v, ctx) => {
    if (v.imageUrl && !v.imageAlt) ctx.addIssue({ code: "custom", path: ["imageAlt"], message: "news.form.imageAltRequired" });
  });

export type ArticleInput = z.infer<typeof articleFormSchema>;
