import { test, expect, signInAs, expectAccessible } from "./fixtures.ts";

const header = "indicator;regio;schooljaar;waarde;bron";

test("the network's monitor shows the seeded figures; a bad CSV is refused whole, a good one appears in chart and table", async ({ page }) => {
  await page.goto("/netwerken/technet-utrecht");
  await page.getByRole("link", { name: "Regionale monitor TechNet Utrecht" }).click();
  const share = page.locator("section", { has: page.getByRole("heading", { name: "Aandeel vmbo-leerlingen in een technische richting" }) });
  await expect(share.getByRole("img", { name: /Aandeel vmbo-leerlingen in een technische richting/ })).toBeVisible();
  await expect(share.getByRole("row", { name: /Regio Utrecht 2011-2012 17/ })).toBeVisible();
  await expect(share.getByRole("row", { name: /Regio Utrecht 2016-2017 11/ })).toBeVisible();
  await expect(page.getByText("UWV, Regio in beeld 2016", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "Cijfers importeren" })).toHaveCount(0);

  await signInAs(page, "coordinator");
  await page.goto("/netwerken/technet-utrecht/monitor");
  await page.getByRole("link", { name: "Cijfers importeren" }).click();
  // Every known indicator is listed (not only those on this monitor), and an example file is offered.
  const known = page.getByRole("table", { name: /^Bekende indicatoren/ });
  await expect(known.getByRole("row")).toHaveCount(4);
  await expect(known.getByRole("row", { name: /nieuwe-technische-banen Nieuwe banen in de technische sector per jaar/ })).toBeVisible();
  const example = await page.request.get((await page.getByRole("link", { name: "Voorbeeldbestand downloaden (CSV)" }).getAttribute("href"))!);
  expect(example.headers()["content-type"]).toContain("text/csv");
  expect(await example.text()).toContain("indicator;naam;eenheid;regio;periode;waarde;bron");
  await page.getByLabel("Bestand (CSV of XLSX)").setInputFiles({
    name: "monitor.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([header, "vmbo-techniek-aandeel;Regio Utrecht;2017-2018;10,5;DUO 2018", "vmbo-techniek-aandeel;Regio Utrecht;2018-2019;tien;DUO 2019"].join("\n")),
  });
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await expect(page.getByText("Rij 3, kolom ‘waarde’: ‘tien’ is geen getal.").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /cijfers? importeren$/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Ander bestand kiezen" }).click();
  await page.getByLabel("Bestand (CSV of XLSX)").setInputFiles({
    name: "monitor.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([header, "vmbo-techniek-aandeel;Regio Utrecht;2017-2018;10,5;DUO 2018", "vmbo-techniek-aandeel;Regio Utrecht;2018-2019;10;DUO 2019"].join("\n")),
  });
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await expect(page.getByText("Alle 2 rijen zijn in orde")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "2 cijfers importeren" }).click();
  await expect(page.getByText("2 cijfers geïmporteerd.")).toBeVisible();
  await expect(share.getByRole("row", { name: /Regio Utrecht 2017-2018 10,5 DUO 2018/ })).toBeVisible();
  await expect(share.getByRole("img")).toHaveAccessibleDescription(/2017-2018 10,5/);
});
