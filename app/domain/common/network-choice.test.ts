import { describe, expect, it } from "vitest";
import { chosenNetworkHref, networkQueryWords, parseNetworkChoiceQuery } from "./network-choice.ts";

describe("the network choice in the address", () => {
  it("reads the chosen network's slug and the typed search", () => {
    expect(parseNetworkChoiceQuery(new URLSearchParams("netwerk=TechNet-Utrecht&q=%20utrecht%20zuid%20"))).toEqual({ slug: "technet-utrecht", query: "utrecht zuid" });
    expect(parseNetworkChoiceQuery(new URLSearchParams(""))).toEqual({ slug: null, query: "" });
    expect(parseNetworkChoiceQuery(new URLSearchParams("netwerk=%20%20"))).toEqual({ slug: null, query: "" });
    expect(parseNetworkChoiceQuery(new URLSearchParams(`q=${"a".repeat(500)}`)).query).toHaveLength(100);
  });

  it("takes every typed word, at most eight", () => {
    expect(networkQueryWords("  TechNet   Ütrecht ")).toEqual(["technet", "ütrecht"]);
    expect(networkQueryWords("")).toEqual([]);
    expect(networkQueryWords("a b c d e f g h i j")).toHaveLength(8);
  });

  it("carries the network into the form's address", () => {
    expect(chosenNetworkHref("/evenementen/nieuw", "technet-utrecht")).toBe("/evenementen/nieuw?netwerk=technet-utrecht");
  });
});
