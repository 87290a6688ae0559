import { describe, expect, it } from "vitest";
import { boundingBox, distanceKm, EARTH_RADIUS_KM } from "./distance.ts";

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

describe("boundingBox", () => {
  const utrecht = { lat: 52.0907, lon: 5.1214 };
  it("holds every point at the distance in each direction, and the far corners' circle", () => {
    const box = boundingBox(utrecht, 30);
    for (let bearing = 0; bearing < 360; bearing += 5) {
      // A point 29.9 km away along this bearing (small-distance approximation is ample at 30 km).
      const b = (bearing * Math.PI) / 180;
      const kmPerDegree = (Math.PI / 180) * EARTH_RADIUS_KM;
      const p = { lat: utrecht.lat + (29.9 * Math.cos(b)) / kmPerDegree, lon: utrecht.lon + (29.9 * Math.sin(b)) / (kmPerDegree * Math.cos((utrecht.lat * Math.PI) / 180)) };
      expect(distanceKm(utrecht, p)).toBeLessThanOrEqual(30);
      expect(p.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(p.lat).toBeLessThanOrEqual(box.maxLat);
      expect(p.lon).toBeGreaterThanOrEqual(box.minLon);
      expect(p.lon).toBeLessThanOrEqual(box.maxLon);
    }
  });
  it("is not much larger than needed: Amsterdam (35 km) lies outside the 30 km box of Utrecht", () => {
    const box = boundingBox(utrecht, 30);
    const amsterdam = { lat: 52.3731, lon: 4.8922 };
    expect(amsterdam.lat > box.maxLat || amsterdam.lon < box.minLon).toBe(true);
    expect(box.maxLat - box.minLat).toBeCloseTo((60 / ((Math.PI / 180) * EARTH_RADIUS_KM)), 6);
  });
});
