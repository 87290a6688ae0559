import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { article } from "~/db/schema/index.ts";
import type { ArticleInput } from "~/domain/news/article-form.ts";
import { articleNetwork } from "./helpers/article-network.server.ts";
import { editableArticle } from "./helpers/editable-article.server.ts";

/** Saves an edited article. Publishing sets the publication date the first time; a later edit keeps it, and so does the slug. */
export async function updateArticle(services: Pick<AppServices, "db" | "clock">, actor: Actor, { slug, values: input }: { slug: string; values: ArticleInput }) {
  const existing = await editableArticle(services, actor, slug);
  const networkId = await articleNetwork(services, actor, input.network);
  const now = services.clock.now();
  await services.db
    .update(article)
    .set({
      networkId,
      title: input.title,
      summary: input.summary,
      body: input.body,
      imageUrl: input.imageUrl ?? null,
      imageAlt: input.imageUrl ? (input.imageAlt ?? null) : null,
      status: input.status,
      publishedAt: input.status === "published" ? (existing.publishedAt ?? now) : existing.publishedAt,
      updatedAt: now,
    })
    .where(eq(article.id, existing.id));
  return { slug: existing.slug };
}
