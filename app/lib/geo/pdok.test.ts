import { describe, expect, it } from "vitest";
import { createPdokGeocoder, parsePdokResponse, parsePoint, pdokUrl } from "./pdok.server.ts";

const BASE = "https://pdok.test/locatieserver/v3_1";

function answer(docs: unknown[]) {
  return { response: { numFound: docs.length, start: 0, docs } };
}

const NIEUWEGEIN = {
  type: "adres",
  weergavenaam: "Voorbeeldstraat 1, 3431AB Nieuwegein",
  centroide_ll: "POINT(5.08052 52.02917)",
  woonplaatsnaam: "Nieuwegein",
  provincienaam: "Utrecht",
};

function fakeFetch(respond: (url: string, init?: RequestInit) => Promise<Response> | Response) {
  const calls: string[] = [];
  const fn = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push(url);
    return respond(url, init);
  }) as typeof fetch;
  return { fetch: fn, calls };
}

describe("parsePoint", () => {
  it("reads WKT longitude first", () => {
    expect(parsePoint("POINT(5.08052 52.02917)")).toEqual({ lon: 5.08052, lat: 52.02917 });
    expect(parsePoint(" point ( -0.5 51.5 ) ")).toEqual({ lon: -0.5, lat: 51.5 });
  });
  it("rejects anything else", () => {
    expect(parsePoint("POINT(5.08)")).toBeNull();
    expect(parsePoint("LINESTRING(1 2, 3 4)")).toBeNull();
    expect(parsePoint("POINT(200 52)")).toBeNull();
  });
});

describe("parsePdokResponse", () => {
  it("takes coordinates, place and province from the first document", () => {
    expect(parsePdokResponse(answer([NIEUWEGEIN, { ...NIEUWEGEIN, woonplaatsnaam: "Ander" }]))).toEqual({
      lat: 52.02917,
      lon: 5.08052,
      place: "Nieuwegein",
      province: "Utrecht",
      source: "pdok",
    });
  });
  it("returns null when nothing was found or the answer is malformed", () => {
    expect(parsePdokResponse(answer([]))).toBeNull();
    expect(parsePdokResponse({})).toBeNull();
    expect(parsePdokResponse(null)).toBeNull();
    expect(parsePdokResponse(answer([{ woonplaatsnaam: "Utrecht" }]))).toBeNull();
  });
  it("uses the display name when a document has no place name", () => {
    const result = parsePdokResponse(answer([{ centroide_ll: "POINT(5 52)", weergavenaam: "Utrecht" }]));
    expect(result).toMatchObject({ place: "Utrecht", province: null });
  });
});

describe("pdokUrl", () => {
  it("asks the free endpoint for one address, postcode or place", () => {
    const url = new URL(pdokUrl(`${BASE}/`, { street: "Voorbeeldstraat 1", postcode: "3431 AB", place: "Nieuwegein" }));
    expect(url.pathname).toBe("/locatieserver/v3_1/free");
    expect(url.searchParams.get("q")).toBe("Voorbeeldstraat 1 3431 AB Nieuwegein");
    expect(url.searchParams.get("rows")).toBe("1");
    expect(url.searchParams.get("fq")).toBe("type:(adres OR postcode OR woonplaats)");
  });
});

describe("createPdokGeocoder", () => {
  it("geocodes through the injected fetch", async () => {
    const fake = fakeFetch(() => Response.json(answer([NIEUWEGEIN])));
    const geocoder = createPdokGeocoder({ baseUrl: BASE, fetch: fake.fetch });
    expect(await geocoder.geocode({ place: "Nieuwegein" })).toMatchObject({ place: "Nieuwegein", source: "pdok" });
    expect(fake.calls).toHaveLength(1);
  });
  it("does not call PDOK for an empty query", async () => {
    const fake = fakeFetch(() => Response.json(answer([NIEUWEGEIN])));
    expect(await createPdokGeocoder({ baseUrl: BASE, fetch: fake.fetch }).geocode({ place: "  " })).toBeNull();
    expect(fake.calls).toHaveLength(0);
  });
  it("returns null and reports on an error status or a network failure", async () => {
    const errors: unknown[] = [];
    const failing = createPdokGeocoder({ baseUrl: BASE, fetch: fakeFetch(() => new Response("", { status: 503 })).fetch, onError: (e) => errors.push(e) });
    expect(await failing.geocode({ place: "Utrecht" })).toBeNull();
    const offline = createPdokGeocoder({
      baseUrl: BASE,
      fetch: fakeFetch(() => Promise.reject(new TypeError("fetch failed"))).fetch,
      onError: (e) => errors.push(e),
    });
    expect(await offline.geocode({ place: "Utrecht" })).toBeNull();
    expect(errors).toHaveLength(2);
  });
  it("gives up when PDOK does not answer in time", async () => {
    const hanging = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () => reject(init.signal!.reason));
        }),
    );
    const errors: unknown[] = [];
    const geocoder = createPdokGeocoder({ baseUrl: BASE, fetch: hanging.fetch, timeoutMs: 30, onError: (e) => errors.push(e) });
    expect(await geocoder.geocode({ place: "Utrecht" })).toBeNull();
    expect((errors[0] as Error).name).toBe("TimeoutError");
  });
});
