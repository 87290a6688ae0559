import { describe, expect, it } from "vitest";
import { redirectWithoutEmptyFields, withoutEmptyFields } from "./list-address.server.ts";

const at = (address: string) => new Request(`http://technohub.test${address}`);
const FIELDS = ["q", "soort", "provincie"];

describe("withoutEmptyFields", () => {
  it("drops the fields a GET form sent empty, and keeps what was filled in, in its order", () => {
    expect(withoutEmptyFields(at("/netwerken?q=&soort=pps&provincie="), FIELDS)).toBe("/netwerken?soort=pps");
    expect(withoutEmptyFields(at("/netwerken?provincie=&provincie=Utrecht&provincie=+"), FIELDS)).toBe("/netwerken?provincie=Utrecht");
    expect(withoutEmptyFields(at("/aanbod?q=&soort="), FIELDS)).toBe("/aanbod");
  });

  it("answers null when there is nothing to drop, so the page is rendered", () => {
    expect(withoutEmptyFields(at("/aanbod"), FIELDS)).toBeNull();
    expect(withoutEmptyFields(at("/aanbod?q=lassen&pagina=2"), FIELDS)).toBeNull();
  });

  it("leaves other parameters alone: an empty notice flag, and a filled value the page cannot use", () => {
    expect(withoutEmptyFields(at("/beheer/personen?zoek=&geblokkeerd"), ["zoek"])).toBe("/beheer/personen?geblokkeerd=");
    expect(withoutEmptyFields(at("/nieuws?provincie=Atlantis&q="), FIELDS)).toBe("/nieuws?provincie=Atlantis");
  });

  it("answers a client-side request with the page's address, without React Router's own parameters", () => {
    expect(withoutEmptyFields(at("/aanbod.data?q=&soort=pps&_routes=root%2Croutes%2Foffers"), FIELDS)).toBe("/aanbod?soort=pps");
    expect(withoutEmptyFields(at("/_.data?bij=&index&_routes=root"), ["bij"])).toBe("/");
  });

  it("redirects, or returns to let the page render", () => {
    let thrown: unknown;
    try {
      redirectWithoutEmptyFields(at("/aanbod?q=&soort=pps"), FIELDS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect([(thrown as Response).status, (thrown as Response).headers.get("location")]).toEqual([302, "/aanbod?soort=pps"]);
    expect(redirectWithoutEmptyFields(at("/aanbod?soort=pps"), FIELDS)).toBeUndefined();
  });
});
