import { describe, expect, it } from "vitest";
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { packOptions } from "~/domain/common/packed-options.ts";
import { PackedSelectField, SelectField } from "./form.tsx";

const render = (Component: ComponentType) => {
  const Stub = createRoutesStub([{ path: "/", Component }]);
  return renderToStaticMarkup(createElement(Stub, { initialEntries: ["/"] }));
};

const OPTIONS = [
  { value: "techniek-utrecht", label: "Techniek Utrecht" },
  { value: "pps-a&b", label: `PPS "A" & B's <zuid>` },
  { value: "café-noord", label: "Café Noord" },
];

describe("PackedSelectField", () => {
  it("renders the same markup as SelectField with the same choices, whichever is chosen", () => {
    for (const chosen of ["", "techniek-utrecht", "pps-a&b", "café-noord", "onbekend"]) {
      for (const placeholder of ["Alle netwerken", undefined]) {
        const packed = render(() => createElement(PackedSelectField, { name: "netwerk", label: "Netwerk", placeholder, packed: packOptions(OPTIONS), defaultValue: chosen }));
        const elements = render(() => createElement(SelectField, { name: "netwerk", label: "Netwerk", placeholder, options: OPTIONS, defaultValue: chosen }));
        expect(packed).toBe(elements);
      }
    }
  });

  it("marks the chosen choice as selected, and no other", () => {
    const html = render(() => createElement(PackedSelectField, { name: "netwerk", label: "Netwerk", placeholder: "Alle", packed: packOptions(OPTIONS), defaultValue: "café-noord" }));
    expect(html).toMatch(/^<div class="utrecht-form-field[^]*<select id="f-netwerk" name="netwerk"/);
    expect(html.match(/selected=""/g)).toHaveLength(1);
    expect(html).toContain('<option value="café-noord" selected="">Café Noord</option>');
  });

  it("follows a list that changes", () => {
    const first = render(() => createElement(PackedSelectField, { name: "n", label: "N", packed: packOptions(OPTIONS) }));
    const second = render(() => createElement(PackedSelectField, { name: "n", label: "N", packed: packOptions(OPTIONS.slice(1)) }));
    expect(first).toContain("Techniek Utrecht");
    expect(second).not.toContain("Techniek Utrecht");
  });
});
