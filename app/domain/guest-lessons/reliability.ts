/**
 * How reliably a provider answers requests, as schools see it: "reageert meestal binnen 2 dagen".
 * A provider without history is neither rewarded nor punished.
 */
export type Reliability = {
  requestsReceived: number;
  requestsAnswered: number;
  medianResponseHours: number | null;
};

/** Below this many requests the figures say too little to show or to rank on. */
export const MIN_REQUESTS_FOR_RELIABILITY = 2;

/** Score of a provider we know nothing about yet. */
export const NEUTRAL_RELIABILITY = 0.5;

/** Answers later than this count as no quicker than silence. */
const SLOWEST_USEFUL_HOURS = 14 * 24;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** From the requested/responded moments of a provider's appointments (part B keeps the cache). */
export function summariseResponses(responses: readonly { requestedAt: Date; respondedAt: Date | null }[]): Reliability {
  const hours = responses
    .filter((r): r is { requestedAt: Date; respondedAt: Date } => r.respondedAt !== null)
    .map((r) => Math.max(0, (r.respondedAt.getTime() - r.requestedAt.getTime()) / 3_600_000));
  return { requestsReceived: responses.length, requestsAnswered: hours.length, medianResponseHours: median(hours) };
}

export function knownReliability(r: Reliability | null | undefined): r is Reliability & { medianResponseHours: number } {
  return !!r && r.requestsReceived >= MIN_REQUESTS_FOR_RELIABILITY && r.medianResponseHours !== null;
}

/** 0..1: the share of requests answered, weighed by how quickly the typical answer comes. */
export function reliabilityScore(r: Reliability | null | undefined): number {
  if (!knownReliability(r)) return NEUTRAL_RELIABILITY;
  const rate = Math.min(1, r.requestsAnswered / r.requestsReceived);
  const speed = 1 - Math.min(1, Math.max(0, r.medianResponseHours - 24) / (SLOWEST_USEFUL_HOURS - 24));
  return rate * (0.5 + 0.5 * speed);
}

/** Whole days as people say them: 5 hours is "within a day", 30 hours "within 2 days". */
export function typicalResponseDays(r: Reliability | null | undefined): number | null {
  if (!knownReliability(r)) return null;
  return Math.max(1, Math.ceil(r.medianResponseHours / 24));
}

/** What an offer page says about its provider: how many requests it answered, and how fast. */
export type ResponseFigure = { answered: number; received: number; days: number | null };

/** Null below the minimum history: two requests say too little to show. */
export function responseFigure(r: Reliability | null | undefined): ResponseFigure | null {
  if (!r || r.requestsReceived < MIN_REQUESTS_FOR_RELIABILITY) return null;
  return { answered: Math.min(r.requestsAnswered, r.requestsReceived), received: r.requestsReceived, days: typicalResponseDays(r) };
}

/**
 * "Kiremko reageert op 9 van de 10 aanvragen, meestal binnen 2 dagen." Every request counted
 * (answered or not) is in the rate; the speed is that of the answers, so it is left out when
 * there are none.
 */
export function responseSentence(figure: ResponseFigure | null, name: string, t: (key: string, params?: Record<string, string | number>) => string): string {
  if (!figure) return t("offer.responses.unknown", { name });
  const params = { name, answered: figure.answered, received: figure.received, count: figure.received };
  const rate =
    figure.answered === 0
      ? t("offer.responses.none", params)
      : figure.answered === figure.received
        ? t("offer.responses.all", params)
        : t("offer.responses.some", params);
  if (figure.days === null || figure.answered === 0) return t("offer.responses.plain", { rate });
  const speed = t("offer.responses.speed", { count: figure.days });
  return t("offer.responses.withSpeed", { rate, speed });
}
