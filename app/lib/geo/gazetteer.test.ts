import { describe, expect, it } from "vitest";
import { findPlace, geocodeWithGazetteer, placeForPostcode } from "./gazetteer.server.ts";
import { GAZETTEER } from "./gazetteer-data.ts";
import { POSTCODE_REGION_PLACES } from "../../domain/common/postcode-region.ts";
import { PROVINCES } from "../../domain/networks/vocabulary.ts";
import { foldText } from "../../domain/common/fold.ts";

// Every place the seed documents name.
const SEED_PLACES = [
  "Utrecht", "Nieuwegein", "Woerden", "Mijdrecht", "Emmeloord", "Dronten", "Deventer", "Twello", "Apeldoorn",
  "Amersfoort", "Maarssen", "IJsselstein", "Veenendaal", "Hilversum", "Bussum", "Huizen", "Uithoorn", "Zwolle", "Lelystad",
];

describe("gazetteer data", () => {
  it("has every seed place, and more than a hundred places", () => {
    for (const name of SEED_PLACES) expect(findPlace(name)?.name, name).toBe(name);
    expect(GAZETTEER.length).toBeGreaterThan(100);
  });
  it("keeps every place inside the Netherlands and in a known province", () => {
    for (const place of GAZETTEER) {
      expect(place.lat, place.name).toBeGreaterThan(50.7);
      expect(place.lat, place.name).toBeLessThan(53.6);
      expect(place.lon, place.name).toBeGreaterThan(3.3);
      expect(place.lon, place.name).toBeLessThan(7.3);
      expect(PROVINCES as readonly string[]).toContain(place.province);
    }
  });
  it("has no two places with the same folded name", () => {
    const names = GAZETTEER.map((p) => foldText(p.name));
    expect(new Set(names).size).toBe(names.length);
  });
  it("resolves the main town of every postcode region", () => {
    for (const name of Object.values(POSTCODE_REGION_PLACES)) expect(findPlace(name), name).not.toBeNull();
  });
});

describe("findPlace", () => {
  it("ignores case and accents", () => {
    expect(findPlace("ijsselstein")?.name).toBe("IJsselstein");
    expect(findPlace("EMMELOORD")?.name).toBe("Emmeloord");
    expect(findPlace("Sùdwest-Fryslan")?.name).toBe("Sneek");
  });
  it("knows the usual aliases", () => {
    expect(findPlace("Den Bosch")?.name).toBe("'s-Hertogenbosch");
    expect(findPlace("s-Hertogenbosch")?.name).toBe("'s-Hertogenbosch");
    expect(findPlace("’s-Hertogenbosch")?.name).toBe("'s-Hertogenbosch");
    expect(findPlace("'s-Gravenhage")?.name).toBe("Den Haag");
  });
  it("finds a municipality's seat", () => {
    expect(findPlace("Noordoostpolder")?.name).toBe("Emmeloord");
    expect(findPlace("gemeente De Ronde Venen")?.name).toBe("Mijdrecht");
    expect(findPlace("Stichtse Vecht")?.name).toBe("Maarssen");
  });
  it("prefers the place over a municipality of the same name", () => {
    expect(findPlace("Voorst")?.name).toBe("Voorst");
    expect(findPlace("Voorst")?.municipality).toBe("Voorst");
  });
  it("reads past a note in brackets or a province after a comma", () => {
    expect(findPlace("Emmeloord (NOP)")?.name).toBe("Emmeloord");
    expect(findPlace("Woerden, Utrecht")?.name).toBe("Woerden");
  });
  it("returns null for an unknown place", () => {
    expect(findPlace("Atlantis")).toBeNull();
    expect(findPlace("   ")).toBeNull();
  });
  it("gives the province of a place", () => {
    expect(findPlace("Twello")?.province).toBe("Gelderland");
    expect(findPlace("Deventer")?.province).toBe("Overijssel");
    expect(findPlace("Uithoorn")?.province).toBe("Noord-Holland");
  });
});

describe("placeForPostcode", () => {
  it("maps a postcode region to its main town", () => {
    expect(placeForPostcode("3431 AB")?.name).toBe("Nieuwegein");
    expect(placeForPostcode("8301AA")?.name).toBe("Emmeloord");
    expect(placeForPostcode("7411")?.name).toBe("Deventer");
  });
  it("returns null for no postcode", () => {
    expect(placeForPostcode("ABCD")).toBeNull();
  });
});

describe("geocodeWithGazetteer", () => {
  it("prefers the place over the postcode", () => {
    const result = geocodeWithGazetteer({ postcode: "3431 AB", place: "Woerden" });
    expect(result).toMatchObject({ place: "Woerden", province: "Utrecht", source: "gazetteer" });
    expect(result!.lat).toBeCloseTo(52.086, 2);
    expect(result!.lon).toBeCloseTo(4.883, 2);
  });
  it("falls back to the postcode when the place is unknown or missing", () => {
    expect(geocodeWithGazetteer({ street: "Dorpsstraat 1", postcode: "3641 AA", place: "Onbekend" })?.place).toBe("Maarssen");
    expect(geocodeWithGazetteer({ postcode: "9712 AB" })?.place).toBe("Groningen");
  });
  it("returns null with nothing to go on", () => {
    expect(geocodeWithGazetteer({ street: "Dorpsstraat 1" })).toBeNull();
    expect(geocodeWithGazetteer({})).toBeNull();
  });
});
