/**
 * The denormalised text full-text search runs on. Topic names (not slugs) go in, so a teacher
 * typing "zonnepanelen" or "CNC" finds the offer; so do the organisation's name and place.
 */
export function offerSearchText(
  offer: { title: string; description: string; topics: readonly string[]; tags: readonly string[] },
  context: { topicName: (slug: string) => string; organisationName: string; place: string | null },
): string {
  return [offer.title, offer.description, ...offer.topics.map(context.topicName), ...offer.tags, context.organisationName, context.place ?? ""]
    .filter(Boolean)
    .join(" \n");
}

export function requestSearchText(
  request: { title: string; freeText: string; topics: readonly string[]; notes: string },
  context: { topicName: (slug: string) => string },
): string {
  return [request.title, request.freeText, ...request.topics.map(context.topicName), request.notes].filter(Boolean).join(" \n");
}
