import { describe, expect, it } from "vitest";
import type { EntryContext } from "react-router";
import { withBrowserMatching } from "./route-matching.server.ts";

const handoff = (future: Record<string, boolean>) => ({ serverHandoffString: JSON.stringify({ basename: "/", future, ssr: true }) }) as unknown as EntryContext;
const futureOf = (context: EntryContext) => JSON.parse(context.serverHandoffString!).future;

describe("withBrowserMatching", () => {
  it("takes the server's matcher flag out of what the browser is handed, wherever it stands", () => {
    const flag = "unstable_routePatternMatching";
    expect(futureOf(withBrowserMatching(handoff({ a: true, [flag]: true })))).toEqual({ a: true });
    expect(futureOf(withBrowserMatching(handoff({ [flag]: true, a: false })))).toEqual({ a: false });
    expect(futureOf(withBrowserMatching(handoff({ a: true, [flag]: true, b: false })))).toEqual({ a: true, b: false });
    expect(futureOf(withBrowserMatching(handoff({ [flag]: true })))).toEqual({});
  });

  it("leaves a handoff without the flag as it is", () => {
    const context = handoff({ a: true });
    expect(withBrowserMatching(context)).toBe(context);
  });
});
