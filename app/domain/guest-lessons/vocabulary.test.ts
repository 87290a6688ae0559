import { describe, expect, it } from "vitest";
import { topicGroups } from "./vocabulary.ts";

describe("topicGroups", () => {
  it("keeps the list's order: groups by their first topic, each group's topics as listed", () => {
    const topics = [
      { slug: "lassen", groupName: "metaal" },
      { slug: "robotica", groupName: "hightech" },
      { slug: "cnc-verspanen", groupName: "metaal" },
      { slug: "veiligheid", groupName: "algemeen" },
      { slug: "programmeren", groupName: "hightech" },
    ];
    expect(topicGroups(topics).map(({ group, members }) => [group, members.map((t) => t.slug)])).toEqual([
      ["metaal", ["lassen", "cnc-verspanen"]],
      ["hightech", ["robotica", "programmeren"]],
      ["algemeen", ["veiligheid"]],
    ]);
    expect(topicGroups([])).toEqual([]);
  });
});
