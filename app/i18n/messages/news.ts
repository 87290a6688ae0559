/** News: article list, article page, popular articles, feeds, the coordinator's editor. */
export const news = {
  nl: {
    "nav.news": "Nieuws",
  } as Record<string, string>,
  en: {
    "nav.news": "News",
  } as Record<string, string>,
};
