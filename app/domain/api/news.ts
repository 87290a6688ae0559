/** News as the API offers it (ADR 028): published articles only, as /nieuws shows them. */
import { z } from "zod";
import { itemsOf } from "./fields.ts";
import { PageInfo, PageLinks, pageQuery } from "./paging.ts";
import { newsProvince } from "../news/list-query.ts";

export const ArticleListQuery = z.strictObject({
  network: z.string().trim().min(1).max(100).optional().meta({ description: "Only this network's articles (its slug).", example: "technet-utrecht" }),
  province: newsProvince.optional().meta({ description: "Only the articles of the networks in this province (not with network).", example: "Utrecht" }),
  ...pageQuery,
});

export const Article = z
  .object({
    slug: z.string().meta({ example: "girlsday-2026" }),
    title: z.string(),
    summary: z.string(),
    publishedAt: z.iso.datetime({ offset: true }).meta({ description: "When it was published (ISO 8601 with offset).", example: "2026-03-02T09:00:00.000Z" }),
    network: z.object({ slug: z.string(), name: z.string() }),
    url: z.url().meta({ description: "The article's page on Technohub." }),
  })
  .meta({ id: "Article", description: "A published news article." });

export const ArticleList = z.object({ articles: itemsOf(Article), page: PageInfo, links: PageLinks }).meta({ id: "ArticleList" });
