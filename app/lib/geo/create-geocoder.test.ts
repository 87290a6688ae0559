import { describe, expect, it } from "vitest";
import { createGeocoder } from "./create-geocoder.server.ts";
import { parseEnv } from "../env.server.ts";
import { setLogLevel } from "../log.server.ts";

setLogLevel("silent");
const pdokEnv = parseEnv({ NODE_ENV: "test", GEOCODER: "pdok", PDOK_URL: "https://pdok.test/v3_1" });

function fetchReturning(respond: () => Response | Promise<Response>) {
  let calls = 0;
  const fn = (async () => {
    calls++;
    return respond();
  }) as unknown as typeof fetch;
  return { fetch: fn, calls: () => calls };
}

describe("createGeocoder", () => {
  it("uses the gazetteer alone unless PDOK is chosen", async () => {
    const fake = fetchReturning(() => Response.json({}));
    const geocoder = createGeocoder(parseEnv({ NODE_ENV: "test" }), { fetch: fake.fetch });
    expect(await geocoder.geocode({ place: "Dronten" })).toMatchObject({ place: "Dronten", source: "gazetteer" });
    expect(fake.calls()).toBe(0);
  });
  it("asks PDOK first when chosen", async () => {
    const fake = fetchReturning(() =>
      Response.json({ response: { docs: [{ centroide_ll: "POINT(4.88 52.08)", woonplaatsnaam: "Woerden", provincienaam: "Utrecht" }] } }),
    );
    const result = await createGeocoder(pdokEnv, { fetch: fake.fetch }).geocode({ street: "Voorbeeldweg 2", place: "Woerden" });
    expect(result).toEqual({ lat: 52.08, lon: 4.88, place: "Woerden", province: "Utrecht", source: "pdok" });
  });
  it("falls back to the gazetteer when PDOK finds nothing or fails", async () => {
    const empty = fetchReturning(() => Response.json({ response: { docs: [] } }));
    expect(await createGeocoder(pdokEnv, { fetch: empty.fetch }).geocode({ place: "Twello" })).toMatchObject({ source: "gazetteer", place: "Twello" });
    const down = fetchReturning(() => Promise.reject(new TypeError("fetch failed")));
    expect(await createGeocoder(pdokEnv, { fetch: down.fetch }).geocode({ postcode: "8302 AB" })).toMatchObject({ source: "gazetteer", place: "Emmeloord" });
    expect(down.calls()).toBe(1);
  });
  it("returns null when neither knows the address", async () => {
    const empty = fetchReturning(() => Response.json({ response: { docs: [] } }));
    expect(await createGeocoder(pdokEnv, { fetch: empty.fetch }).geocode({ place: "Atlantis" })).toBeNull();
  });
});
