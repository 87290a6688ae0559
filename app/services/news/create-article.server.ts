import type { Actor, AppServices } from "~/context.ts";
import { article } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import type { ArticleInput } from "~/domain/news/article-form.ts";
import { slugCandidate, slugify } from "~/domain/common/slug.ts";
import { pgError, UNIQUE_VIOLATION } from "~/db/errors.ts";
import { articleNetwork } from "./helpers/article-network.server.ts";

/**
 * Writes an article as a coordinator of its network. Publishing sets the
 * publication date the first time; a later edit keeps it. The slug is made
 * once from the title and stays, so links keep working.
 */
export async function createArticle(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: ArticleInput) {
  const networkId = await articleNetwork(services, actor, input.network);
  const now = services.clock.now();
  const base = slugify(input.title);
  for (let attempt = 1; attempt <= 50; attempt++) {
    try {
      const [row] = await services.db
        .insert(article)
        .values({
          networkId,
          slug: slugCandidate(base, attempt),
          title: input.title,
          summary: input.summary,
          body: input.body,
          imageUrl: input.imageUrl ?? null,
          imageAlt: input.imageUrl ? (input.imageAlt ?? null) : null,
          status: input.status,
          publishedAt: input.status === "published" ? now : null,
          authorId: actor!.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ slug: article.slug });
      return row!;
    } catch (error) {
      if (pgError(error)?.code === UNIQUE_VIOLATION) continue;
      throw error;
    }
  }
  throw invalid("news.form.titleTaken", "title");
}
