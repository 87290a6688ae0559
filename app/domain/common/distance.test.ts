import { describe, expect, it } from "vitest";
import { distanceKm, EARTH_RADIUS_KM } from "./distance.ts";

describe("distanceKm", () => {
  it("is zero for the same point", () => {
    expect(distanceKm({ lat: 52.09, lon: 5.12 }, { lat: 52.09, lon: 5.12 })).toBe(0);
  });
  it("measures one degree of latitude as about 111.2 km", () => {
    expect(distanceKm({ lat: 52, lon: 5 }, { lat: 53, lon: 5 })).toBeCloseTo((Math.PI / 180) * EARTH_RADIUS_KM, 6);
  });
  it("gives Utrecht–Amsterdam about 35 km", () => {
    const km = distanceKm({ lat: 52.0907, lon: 5.1214 }, { lat: 52.3731, lon: 4.8922 });
    expect(km).toBeGreaterThan(34);
    expect(km).toBeLessThan(36);
  });
  it("is symmetric", () => {
    const a = { lat: 52.7108, lon: 5.7486 };
    const b = { lat: 52.255, lon: 6.1639 };
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 10);
  });
  it("gives half the circumference for antipodes", () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });
});
