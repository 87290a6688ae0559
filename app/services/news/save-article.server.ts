import { eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { article, network } from "~/db/schema/index.ts";
import { forbidden, invalid, notFound } from "~/domain/errors.ts";
import type { ArticleInput } from "~/domain/news/article-form.ts";
import { slugCandidate, slugify } from "~/domain/organisations/slug.ts";
import { can } from "~/services/common/permissions.server.ts";
import { pgError, UNIQUE_VIOLATION } from "~/services/organisations/db-errors.server.ts";

async function networkFor(services: Pick<AppServices, "db">, user: SessionUser | null, slug: string) {
  const [row] = await services.db.select({ id: network.id }).from(network).where(eq(network.slug, slug)).limit(1);
  if (!row) throw invalid("news.form.networkRequired", "network");
  if (!(await can(services.db, user, "news.manage", { networkId: row.id }))) throw forbidden();
  return row.id;
}

/**
 * Writes an article as a coordinator of its network. Publishing sets the
 * publication date the first time; a later edit keeps it. The slug is made
 * once from the title and stays, so links keep working.
 */
export async function createArticle(services: Pick<AppServices, "db" | "clock">, user: SessionUser | null, input: ArticleInput) {
  const networkId = await networkFor(services, user, input.network);
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
          authorId: user!.id,
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

export async function loadArticleForEdit(services: Pick<AppServices, "db">, user: SessionUser | null, slug: string) {
  const [row] = await services.db
    .select({ article, networkSlug: network.slug })
    .from(article)
    .innerJoin(network, eq(network.id, article.networkId))
    .where(eq(article.slug, slug))
    .limit(1);
  if (!row) throw notFound("news.notFound");
  if (!(await can(services.db, user, "news.manage", { networkId: row.article.networkId }))) throw forbidden();
  return { ...row.article, networkSlug: row.networkSlug };
}

export async function updateArticle(services: Pick<AppServices, "db" | "clock">, user: SessionUser | null, slug: string, input: ArticleInput) {
  const existing = await loadArticleForEdit(services, user, slug);
  const networkId = await networkFor(services, user, input.network);
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
