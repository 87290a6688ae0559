import { describe, expect, it } from "vitest";
import { translator } from "../../i18n/index.ts";
import { responseFigure, responseSentence } from "./reliability.ts";

const nl = translator("nl");
const en = translator("en");
const say = (requestsReceived: number, requestsAnswered: number, medianResponseHours: number | null, t = nl) =>
  responseSentence(responseFigure({ requestsReceived, requestsAnswered, medianResponseHours }), "Kiremko", t);

describe("the response figure on an offer page", () => {
  it("says how many requests were answered and how fast, in natural Dutch", () => {
    expect(say(10, 9, 40)).toBe("Kiremko reageert op 9 van de 10 aanvragen, meestal binnen 2 dagen.");
    expect(say(4, 4, 5)).toBe("Kiremko reageert op alle 4 aanvragen, meestal binnen een dag.");
    expect(say(3, 0, null)).toBe("Kiremko heeft nog op geen van de 3 aanvragen gereageerd.");
  });

  it("says nothing about speed or rate on too little history", () => {
    expect(responseFigure(null)).toBeNull();
    expect(responseFigure({ requestsReceived: 1, requestsAnswered: 1, medianResponseHours: 3 })).toBeNull();
    expect(say(1, 1, 3)).toBe("Kiremko heeft via Technohub nog te weinig aanvragen gehad om te zeggen hoe snel het reageert.");
  });

  it("never claims more answers than requests", () => {
    expect(responseFigure({ requestsReceived: 2, requestsAnswered: 5, medianResponseHours: 10 })).toEqual({ answered: 2, received: 2, days: 1 });
  });

  it("has an English version", () => {
    expect(say(10, 9, 40, en)).toBe("Kiremko replies to 9 of 10 requests, usually within 2 days.");
  });
});
