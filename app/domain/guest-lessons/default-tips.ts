/**
 * The first "Tips en hulpmiddelen" pages, in plain Dutch, for teachers and company contacts.
 * Seeded with the demo; coordinators rewrite them for their region.
 */
export const DEFAULT_TIPS: { slug: string; title: string; summary: string; body: string }[] = [
  {
    slug: "gastles-voorbereiden",
    title: "Een gastles voorbereiden",
    summary: "Zo wordt een gastles meer dan een leuk verhaal: afspraken vooraf, een doel voor de klas en samen terugkijken.",
    body: `Een gastspreker uit een bedrijf maakt techniek echt voor leerlingen. Het verschil tussen "leuk" en "dit wil ik later doen" zit vooral in de voorbereiding. Deze vier kenmerken van een betekenisvolle ontmoeting helpen daarbij.

## 1. Een helder doel

Spreek met de gastspreker af wat leerlingen na afloop moeten weten of kunnen. Vertel de klas vooraf wie er komt en waarom. Leerlingen die weten wat ze kunnen verwachten, stellen betere vragen.

## 2. Leerdoelen die aansluiten bij de les

- Stuur de gastspreker een korte beschrijving van de klas: niveau, leerjaar, wat ze al weten.
- Koppel de gastles aan een onderwerp uit de methode of het profielvak (bijvoorbeeld installeren, elektrotechniek of voeding).
- Laat de gastspreker een voorbeeld uit het eigen werk meenemen: een onderdeel, gereedschap of foto's van een project.

## 3. Echt contact, in twee richtingen

Een presentatie van een uur werkt zelden. Vraag de gastspreker om leerlingen iets te laten doen: een kleine opdracht, een probleem oplossen, iets vastpakken. Laat leerlingen vooraf drie vragen bedenken. Vragen over de weg naar het beroep ("wat deed jij op school?") zijn vaak het sterkst.

## 4. Samen terugkijken

Neem in de les erna tien minuten om terug te blikken: wat viel op, wat verraste, past dit werk bij mij? Laat leerlingen één ding opschrijven voor hun loopbaandossier. Vul daarna de korte evaluatie in Technohub in: zo ziet het netwerk wat gastlessen opleveren.

## Praktisch

- Bevestig de week ervoor tijd, lokaal, aantal leerlingen en wat er nodig is (beamer, stroom, ruimte voor materiaal).
- Regel parkeren of een ontvangst bij de receptie.
- Bedank de gastspreker na afloop, het liefst met een reactie van leerlingen.`,
  },
  {
    slug: "bedrijfsbezoek-voorbereiden",
    title: "Een bedrijfsbezoek voorbereiden",
    summary: "Veiligheid, groepsgrootte, leerdoelen en terugblikken: waar school en bedrijf samen aan denken voor een goed bezoek.",
    body: `Een bezoek aan een bedrijf laat leerlingen zien hoe techniek er in het echt uitziet: de geluiden, de machines, de mensen. Met een goede voorbereiding haalt de klas er veel meer uit.

## Veiligheid eerst

- Vraag het bedrijf welke regels gelden: veiligheidsschoenen, brillen, gehoorbescherming, haren vast, geen losse sieraden.
- Spreek af wie de leerlingen begeleidt en waar ze wel en niet mogen komen.
- Geef het bedrijf vooraf door of er leerlingen zijn met een beperking of allergie.

## Groepsgrootte

Een werkplaats is geen klaslokaal. Groepen van acht tot twaalf leerlingen per begeleider werken het best. Splits een grote klas in groepen die om de beurt een rondleiding en een opdracht doen.

## Een doel en leerdoelen

Spreek met het bedrijf af wat leerlingen moeten zien en doen. Geef de klas een korte opdracht mee: "zoek drie beroepen die je vandaag tegenkomt" of "welke stappen doorloopt een product?". Zo kijken leerlingen actief in plaats van alleen mee te lopen.

## Echt contact

Vraag of leerlingen met medewerkers kunnen praten, het liefst met jonge vakmensen of oud-leerlingen van de school. Een korte doe-opdracht aan een werkbank blijft langer hangen dan een rondleiding.

## Terugblikken

Bespreek het bezoek in de eerstvolgende les: wat viel op, welk werk paste bij jou, wat wil je nog weten? Vul daarna samen met het bedrijf de evaluatie in Technohub in.

## Praktisch

- Regel vervoer op tijd (fiets, bus, ouders) en controleer de toestemming van ouders.
- Bevestig een week van tevoren het aantal leerlingen, de aankomsttijd en de ingang.
- Zorg voor een lijst met namen en een telefoonnummer van de begeleider voor het bedrijf, maar deel geen gegevens van leerlingen via Technohub.`,
  },
  {
    slug: "tips-voor-bedrijven",
    title: "Tips voor bedrijven die een gastles geven",
    summary: "Kort en actief, uw eigen verhaal, en op tijd antwoord geven aan de school.",
    body: `Leuk dat u leerlingen wilt laten zien wat uw vak inhoudt. Een paar tips uit de praktijk.

## Op tijd antwoorden

Scholen plannen ver vooruit. Reageer binnen een paar werkdagen op een aanvraag, ook als het antwoord nee is. Technohub herinnert u eraan en laat de school anders andere aanbieders zien.

## Maak het actief

- Houd het verhaal kort (tien minuten) en laat leerlingen daarna iets doen.
- Neem iets mee om vast te pakken: een onderdeel, gereedschap, een meetinstrument.
- Vertel over uw eigen weg: welke opleiding, welke omwegen, wat maakt het werk leuk?

## Stem af met de docent

Vraag naar het niveau van de klas en wat ze al weten. Spreek een doel af en vraag of de docent de les erna samen met de klas terugkijkt.

## Na afloop

Bevestig in Technohub dat de gastles heeft plaatsgevonden en hoeveel leerlingen er waren. Zo telt uw bijdrage mee in de cijfers van het netwerk.`,
  },
];
