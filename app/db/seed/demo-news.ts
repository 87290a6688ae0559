import crypto from "node:crypto";
import type { Db } from "../client.server.ts";
import { article, articleViewDaily } from "../schema/index.ts";
import { amsterdamToday } from "../../domain/common/time.ts";

/**
 * Demo articles per network, written anew from the seed documents (seeds 004
 * and 001 and the "Populaire artikelen" they list), with view rows in the
 * weeks after each article appeared: an article from 2017 was read in 2017,
 * not last month, so "Meest gelezen in de afgelopen 90 dagen" stays empty
 * (and says so) until someone reads the demo. View rows are random hashes:
 * nothing about any reader.
 */
type DemoArticle = { network: string; slug: string; title: string; summary: string; body: string; publishedAt: string; author: string; views: number };

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    network: "technet-utrecht",
    slug: "technet-utrecht-nieuwe-lokale-samenwerking-techniekonderwijs",
    title: "TechNet Utrecht: nieuwe lokale samenwerking voor meer leerlingen in de techniek",
    summary: "Scholen, een ROC en installatiebedrijven in de stad Utrecht bundelen hun krachten om meer vmbo-leerlingen voor techniek te winnen.",
    publishedAt: "2017-06-06T10:00:00+02:00",
    author: "coordinator.utrecht@demo.technohub.nl",
    views: 656,
    body: `Elk jaar komen er in Nederland zo'n drieduizend technische banen bij. Om die banen te vullen, moeten kinderen al jong enthousiast worden voor techniek, bèta en technologie. Daarom werken NUOVO-scholengroep, Stichting Willibrord, ROC Midden Nederland en InstallatieWerk voortaan samen in TechNet Utrecht.

## Waarom nu?

In vijf jaar tijd daalde in de regio Utrecht het aandeel vmbo-leerlingen dat een technische richting kiest van 17% naar 11%. Dat merkt het mbo, en daarna de bedrijven: er komen te weinig vakmensen bij. Tegelijk steeg het aantal vacatures in de bouw in de regio met 78% (UWV, *Regio in beeld* 2016).

## Wat gaat TechNet Utrecht doen?

- Bedrijven en scholen maken samen techniekonderwijs dat leerlingen aanspreekt.
- Leerlingen kunnen zich dichtbij en zonder gedoe oriënteren op een loopbaan in de techniek.
- Het **Feest van de Techniek**: technische bedrijven in de regio openen hun deuren voor vmbo-leerlingen.

De Economic Board Utrecht heeft de samenwerking vanuit het Techniekpact mede opgezet. Bedrijven die willen meedoen, kunnen zich aanmelden via de knop *Ook deelnemen?* op de pagina van TechNet Utrecht.`,
  },
  {
    network: "technet-utrecht",
    slug: "aanmelding-girlsday-2018-geopend",
    title: "Aanmelding Girlsday 2018 geopend!",
    summary: "Scholen en bedrijven kunnen zich vanaf nu aanmelden voor Girlsday 2018, op donderdag 12 april.",
    publishedAt: "2017-11-17T09:00:00+01:00",
    author: "coordinator.utrecht@demo.technohub.nl",
    views: 214,
    body: `Op **donderdag 12 april 2018** is het weer Girlsday. Die dag openen technische bedrijven hun deuren voor meisjes van 10 tot 15 jaar, zodat ze zelf ervaren hoe leuk en veelzijdig techniek is.

## Meedoen als bedrijf

Bedrijven kunnen een programma aanbieden voor een groep leerlingen: een rondleiding, een proefje of een gesprek met een vrouwelijke technicus als rolmodel.

## Meedoen als school

Scholen melden hun klas of groep aan en geven aan hoe ver ze kunnen reizen. De coördinator koppelt klassen en bedrijven en stuurt iedereen een eigen rooster.`,
  },
  {
    network: "technet-utrecht",
    slug: "goed-voorbereid-op-open-dagen-met-de-communicatiecheck",
    title: "Goed voorbereid op open dagen met de communicatiecheck",
    summary: "Het is weer de tijd van de open dagen. Hoe maakt uw school jongens én meiden enthousiast voor een techniekopleiding?",
    publishedAt: "2017-10-31T09:00:00+01:00",
    author: "coordinator.utrecht@demo.technohub.nl",
    views: 128,
    body: `Open dagen zijn hét moment om leerlingen en ouders te laten zien wat techniek te bieden heeft. Met de communicatiecheck loopt u in een kwartier na of uw folders, website en presentaties zowel jongens als meisjes aanspreken.

- Laat u op foto's zowel jongens als meiden aan het werk zien?
- Vertellen oud-leerlingen over hun baan?
- Noemt u de beroepen waar een opleiding toe leidt?`,
  },
  {
    network: "mkb-deal-maakindustrie-utrecht-west",
    slug: "financiele-injectie-voor-mkb-maakindustrie",
    title: "Financiële injectie voor de maakindustrie in Utrecht-West",
    summary: "Op 2 juli 2020 is de MKB-deal Maakindustrie Utrecht-West ondertekend: steun voor drie vernieuwende technische onderwijsvormen.",
    publishedAt: "2020-07-02T15:00:00+02:00",
    author: "beheer@demo.technohub.nl",
    views: 57,
    body: `Na een vliegende start en daarna veel geduld is de MKB-deal Maakindustrie Utrecht-West op 2 juli 2020 getekend door het Rijk en de Provincie Utrecht.

De maakindustrie groeit en heeft mensen van elk opleidingsniveau nodig. Het grootste knelpunt voor het mkb in Utrecht-West is de aansluiting van het technisch onderwijs op de arbeidsmarkt. Digitalisering en robotisering vragen bovendien nieuwe kennis en vaardigheden.

## Drie onderwijsvormen

1. De **Technohub in Woerden** (M.A.K.E. Center): basisonderwijs, vmbo, havo/vwo en zij-instromers.
2. Het **Vakcentrum voor de maakindustrie** in Nieuwegein: (post)initieel mbo.
3. De **Makerspace in Mijdrecht**: basisonderwijs en mavo/havo/vwo.

Samen vormen ze een doorlopende leerlijn voor alle niveaus, verspreid over de regio.`,
  },
  {
    network: "sterk-techniek-onderwijs-deventer-twello",
    slug: "negen-ontwikkelteams-van-start",
    title: "Negen ontwikkelteams van start in Deventer en Twello",
    summary: "Scholen en ruim zestig bedrijven werken tot en met juli 2024 in negen projecten aan sterker techniekonderwijs.",
    publishedAt: "2020-10-01T09:00:00+02:00",
    author: "coordinator.deventer@demo.technohub.nl",
    views: 44,
    body: `Sterk Techniek Onderwijs Deventer-Twello is begonnen. Het Etty Hillesum Lyceum, Zone.college, de Technicampus, ROC Aventus en het Platform Techniek Stedendriehoek werken samen met ruim zestig bedrijven aan drie doelen:

1. Meer leerlingen kiezen voor techniek.
2. Beter techniekonderwijs en sterkere docenten.
3. Meer praktijkgericht onderwijs samen met bedrijven.

Negen ontwikkelteams pakken elk één project op, van de overstap van basisschool naar vmbo tot meer meiden in de techniek.`,
  },
  {
    network: "sterk-techniek-onderwijs-deventer-twello",
    slug: "meidenclub-techniek-op-de-technicampus",
    title: "Meidenclub techniek op de Technicampus",
    summary: "Elke woensdagmiddag bouwen meiden uit het vmbo aan robots en elektronica, met technici uit de regio als rolmodel.",
    publishedAt: "2022-02-08T09:00:00+01:00",
    author: "coordinator.deventer@demo.technohub.nl",
    views: 31,
    body: `De meidenclub techniek is gestart. Elke woensdagmiddag werken meiden uit de onderbouw van het vmbo aan robots, elektronica en 3D-printen. Technici van bedrijven uit de regio vertellen over hun werk.`,
  },
  {
    network: "technohub-nop",
    slug: "mobiele-hub-technohub-nop-op-pad",
    title: "Mobiele hub van Technohub NOP gaat op pad",
    summary: "De mobiele hub brengt scholing naar bedrijven in de Noordoostpolder, zodat medewerkers dicht bij hun werk kunnen leren.",
    publishedAt: "2022-05-12T09:00:00+02:00",
    author: "coordinator.nop@demo.technohub.nl",
    views: 23,
    body: `Medewerkers in de metaal- en agrarische sector hoeven voor bijscholing niet meer ver te reizen: de mobiele hub van Technohub NOP komt naar het bedrijf toe. Bedrijven geven aan welke kennis ze nodig hebben; ROC Friese Poort en Aeres maken daar snel passende modules bij.`,
  },
];

export async function seedDemoNews(tx: Db, ids: { networks: Map<string, string>; users: Map<string, string> }, now: Date) {
  const rows = await tx
    .insert(article)
    .values(
      DEMO_ARTICLES.map((a) => {
        const networkId = ids.networks.get(a.network);
        if (!networkId) throw new Error(`Demo news refers to an unknown network: ${a.network}`);
        const at = new Date(a.publishedAt);
        return {
          networkId,
          slug: a.slug,
          title: a.title,
          summary: a.summary,
          body: a.body,
          status: "published" as const,
          publishedAt: at,
          authorId: ids.users.get(a.author) ?? null,
          createdAt: at,
          updatedAt: at,
        };
      }),
    )
    .returning({ id: article.id, slug: article.slug });
  const idOf = new Map(rows.map((r) => [r.slug, r.id]));
  // Readers spread over the 60 days after publication (never after today); a random hash per row stands for "someone, some day".
  const views = DEMO_ARTICLES.flatMap((a) =>
    Array.from({ length: a.views }, (_, i) => ({
      articleId: idOf.get(a.slug)!,
      day: amsterdamToday(new Date(Math.min(new Date(a.publishedAt).getTime() + (i % 60) * 86_400_000, now.getTime()))),
      visitorHash: crypto.createHash("sha256").update(`demo:${a.slug}:${i}`).digest("hex"),
    })),
  );
  for (let i = 0; i < views.length; i += 500) await tx.insert(articleViewDaily).values(views.slice(i, i + 500));
}
