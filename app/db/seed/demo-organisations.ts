import type { OrganisationKind } from "../../domain/networks/vocabulary.ts";

/**
 * The organisations the seed documents name, plus clearly invented demo
 * schools and companies (marked "(demo)" or "(NUOVO)"). No person's contact
 * details: organisations carry at most a role address on the demo domain.
 */
export type DemoOrganisation = {
  slug: string;
  name: string;
  kind: OrganisationKind;
  description: string;
  /** Other names the organisation goes by; added to the search text of its networks. */
  alsoKnownAs?: string[];
  educationLevels?: string[];
  sector?: string;
  sizeClass?: string;
  /** A gazetteer place; coordinates and province come from there. */
  place?: string;
  email?: string;
  /** Schools: an invented BRIN (and vestigingsnummer), so sign-in through Entree Federatie finds them in the demo. */
  brin?: string;
  branchNumber?: string;
  /** Confirmed by the platform's administrator: only then does a BRIN place staff signing in through Entree (ADR 033). */
  verified?: boolean;
};

const MBO = ["mbo-1", "mbo-2", "mbo-3", "mbo-4"];
const VMBO = ["vmbo-basis", "vmbo-kader", "vmbo-gemengd", "vmbo-theoretisch"];

const demoCompany = (slug: string, name: string, place: string, sector: string, sizeClass: string, description: string): DemoOrganisation => ({
  slug,
  name,
  kind: "company",
  place,
  sector,
  sizeClass,
  description,
  email: `info@${slug}.demo.technohub.nl`,
});

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  // Technologieroute, TechNet Utrecht and the MKB-deal (seeds 000, 001, 004)
  {
    slug: "roc-midden-nederland",
    name: "ROC Midden Nederland",
    kind: "provider",
    place: "Utrecht",
    educationLevels: MBO,
    description:
      "Regionaal opleidingencentrum met mbo-opleidingen in de provincie Utrecht, ook in techniek en metaal. Penvoerder van de Technologieroute en partner in TechNet Utrecht.",
  },
  {
    slug: "obm-midden-nederland",
    name: "OBM Midden-Nederland",
    alsoKnownAs: ["OpleidingsBedrijf Metaal Midden Nederland B.V.", "Opleidingsbedrijf Metaal", "OBM"],
    kind: "provider",
    place: "Nieuwegein",
    educationLevels: ["mbo-2", "mbo-3", "mbo-4"],
    sector: "Maakindustrie",
    description:
      "Opleidingsbedrijf van en voor metaalbedrijven in Midden-Nederland. Leidt jongeren op in de beroepspraktijk en verzorgt cursussen voor werknemers van de aangesloten bedrijven, onder meer in het eigen praktijklokaal in Nieuwegein.",
  },
  {
    slug: "provincie-utrecht",
    name: "Provincie Utrecht",
    kind: "public_body",
    place: "Utrecht",
    description:
      "Het provinciebestuur van Utrecht. Ziet de metaal- en maakindustrie als aanjager van innovatie, steunt daarom de Technologieroute en is partner in de MKB-deal Maakindustrie Utrecht-West.",
  },
  {
    slug: "kiremko",
    name: "Kiremko",
    kind: "company",
    place: "Woerden",
    sector: "Maakindustrie",
    description:
      "Machinefabriek in Woerden. Betrokken bij Woerdens Techniek Talent en bij de MKB-deal Maakindustrie Utrecht-West, omdat het bedrijf zelf ook vakmensen zoekt.",
  },
  {
    slug: "woerdens-techniek-talent",
    name: "Woerdens Techniek Talent",
    kind: "company",
    place: "Woerden",
    sector: "Maakindustrie",
    description:
      "Samenwerking van technische bedrijven uit Woerden die jongeren en zij-instromers voor techniek willen winnen. Staat aan de basis van de Technohub in Woerden.",
  },
  {
    slug: "make-center",
    name: "M.A.K.E. Center",
    kind: "provider",
    place: "Woerden",
    educationLevels: ["po", ...VMBO, "havo", "vwo"],
    description:
      "Praktijkcentrum in Woerden waar de Technohub Woerden is gevestigd. Leerlingen van basisschool tot havo/vwo en zij-instromers werken hier met moderne maaktechniek.",
  },
  {
    slug: "vakcentrum-voor-de-maakindustrie",
    name: "Vakcentrum voor de maakindustrie",
    kind: "provider",
    place: "Nieuwegein",
    educationLevels: MBO,
    sector: "Maakindustrie",
    description:
      "Opleidingsplek in Nieuwegein voor mbo-studenten en werkenden in de maakindustrie. Een van de drie onderwijsvormen die de MKB-deal Maakindustrie Utrecht-West ondersteunt.",
  },
  {
    slug: "makerspace-mijdrecht",
    name: "Makerspace Mijdrecht",
    kind: "provider",
    place: "Mijdrecht",
    educationLevels: ["po", "vmbo-theoretisch", "havo", "vwo"],
    description:
      "Werkplaats in Mijdrecht waar basisschoolleerlingen en leerlingen van mavo, havo en vwo zelf ontwerpen, bouwen en programmeren. Onderdeel van de MKB-deal Maakindustrie Utrecht-West.",
  },
  {
    slug: "nuovo-scholengroep",
    name: "NUOVO Scholengroep",
    alsoKnownAs: ["NUOVO"],
    kind: "school",
    place: "Utrecht",
    educationLevels: [...VMBO, "havo", "vwo"],
    description: "Scholengroep voor voortgezet onderwijs in de stad Utrecht. Een van de oprichters van TechNet Utrecht.",
  },
  {
    slug: "stichting-willibrord",
    name: "Stichting Willibrord",
    kind: "school",
    place: "Utrecht",
    description: "Onderwijsstichting in Utrecht en een van de oprichters van TechNet Utrecht.",
  },
  {
    slug: "installatiewerk",
    name: "InstallatieWerk",
    kind: "provider",
    place: "Utrecht",
    sector: "Installatietechniek",
    educationLevels: ["mbo-2", "mbo-3", "mbo-4"],
    description:
      "Opleidingsorganisatie voor de installatietechniek. Brengt als partner van TechNet Utrecht de installatiebranche bij scholen in de stad.",
  },
  {
    slug: "economic-board-utrecht",
    name: "Economic Board Utrecht",
    kind: "public_body",
    place: "Utrecht",
    description:
      "Samenwerking van overheden, bedrijven en kennisinstellingen in de regio Utrecht. Heeft TechNet Utrecht vanuit het Techniekpact mee opgezet en zoekt bedrijven die willen aansluiten.",
  },
  {
    slug: "uwv",
    name: "UWV",
    kind: "public_body",
    place: "Amsterdam",
    description:
      "Uitvoeringsinstituut Werknemersverzekeringen. Publiceert regionale cijfers over de arbeidsmarkt, zoals het aantal vacatures in de bouw en de techniek.",
  },

  // Technohub NOP (seed 002)
  {
    slug: "roc-friese-poort",
    name: "ROC Friese Poort",
    kind: "provider",
    place: "Emmeloord",
    educationLevels: MBO,
    description:
      "Mbo-instelling met een vestiging in Emmeloord. Initiatiefnemer van Technohub NOP; een van de fysieke hubs komt in het eigen gebouw.",
  },
  {
    slug: "aeres-mbo",
    name: "Aeres MBO",
    kind: "provider",
    place: "Emmeloord",
    educationLevels: MBO,
    sector: "Agri & Food",
    description:
      "Groene mbo-school met een vestiging in Emmeloord, met opleidingen voor onder meer de agrarische sector. Initiatiefnemer van Technohub NOP en gastheer van een fysieke hub.",
  },
  {
    slug: "aeres-hogeschool",
    name: "Aeres Hogeschool",
    kind: "provider",
    place: "Dronten",
    educationLevels: ["hbo"],
    sector: "Agri & Food",
    description:
      "Hogeschool in Dronten voor landbouw, voedsel en groene technologie. Stelt het Agri Innovatiecenter beschikbaar voor Technohub NOP.",
  },
  {
    slug: "kampstaal",
    name: "Kampstaal",
    kind: "company",
    place: "Emmeloord",
    sector: "Maakindustrie",
    description:
      "Maakbedrijf in de Noordoostpolder. Vertegenwoordigt samen met Suplacon het Innovatiecluster Noordoostpolder in Technohub NOP.",
  },
  {
    slug: "suplacon",
    name: "Suplacon",
    kind: "company",
    place: "Emmeloord",
    sector: "Maakindustrie",
    description:
      "Maakbedrijf in de Noordoostpolder. Vertegenwoordigt samen met Kampstaal het Innovatiecluster Noordoostpolder in Technohub NOP.",
  },
  {
    slug: "innovatiecluster-noordoostpolder",
    name: "Innovatiecluster Noordoostpolder",
    kind: "company",
    place: "Emmeloord",
    sector: "Maakindustrie",
    description:
      "Cluster van maakbedrijven in de Noordoostpolder. Samen met het Agrofoodcluster vertegenwoordigt het bedrijven met zo'n vierduizend medewerkers.",
  },
  {
    slug: "agrofoodcluster",
    name: "Agrofoodcluster",
    kind: "company",
    place: "Emmeloord",
    sector: "Agri & Food",
    description:
      "Netwerk van bedrijven uit de agrarische sector en de voedingsindustrie in de Noordoostpolder. Werkt mee aan Technohub NOP zodat medewerkers dichtbij kunnen bijscholen.",
  },
  {
    slug: "stichting-a-en-o-metalektro",
    name: "Stichting A&O Metalektro",
    alsoKnownAs: ["A&O fonds Metalektro"],
    kind: "fund",
    description:
      "Opleidingsfonds van de bedrijven die onder de cao Metalektro vallen. Subsidieert Technohub NOP.",
  },

  // Sterk Techniek Onderwijs Deventer-Twello (seed 003)
  {
    slug: "etty-hillesum-lyceum",
    name: "Etty Hillesum Lyceum",
    kind: "school",
    place: "Deventer",
    educationLevels: [...VMBO, "havo", "vwo"],
    description:
      "Scholengemeenschap voor voortgezet onderwijs in Deventer, met vmbo, havo en vwo. Partner in Sterk Techniek Onderwijs Deventer-Twello.",
  },
  {
    slug: "zone-college",
    name: "Zone.college",
    kind: "school",
    place: "Deventer",
    educationLevels: ["vmbo-basis", "vmbo-kader", "mbo-2", "mbo-3", "mbo-4"],
    sector: "Agri & Food",
    description: "Groene school voor vmbo en mbo, ook in Deventer. Partner in Sterk Techniek Onderwijs Deventer-Twello.",
  },
  {
    slug: "technicampus",
    name: "Technicampus",
    kind: "provider",
    place: "Deventer",
    educationLevels: ["vmbo-basis", "vmbo-kader", "mbo-2", "mbo-3", "mbo-4"],
    description:
      "Plek in Deventer waar vmbo- en mbo-leerlingen techniekonderwijs volgen met moderne voorzieningen en bedrijven uit de regio. Partner in Sterk Techniek Onderwijs Deventer-Twello.",
  },
  {
    slug: "roc-aventus",
    name: "ROC Aventus",
    kind: "provider",
    place: "Deventer",
    educationLevels: MBO,
    description: "Mbo-instelling in Apeldoorn, Deventer en Zutphen. Partner in Sterk Techniek Onderwijs Deventer-Twello.",
  },
  {
    slug: "platform-techniek-stedendriehoek",
    name: "Platform Techniek Stedendriehoek",
    kind: "company",
    place: "Deventer",
    description:
      "Platform van technische bedrijven in de Stedendriehoek rond Apeldoorn, Deventer en Zutphen. Verbindt de bedrijven met het onderwijs in Sterk Techniek Onderwijs Deventer-Twello.",
  },
  {
    slug: "ministerie-van-ocw",
    name: "Ministerie van OCW",
    alsoKnownAs: ["Ministerie van Onderwijs, Cultuur en Wetenschap"],
    kind: "public_body",
    place: "Den Haag",
    description:
      "Het ministerie van Onderwijs, Cultuur en Wetenschap. Stelt via Sterk Techniekonderwijs geld beschikbaar om regionaal te werken aan goed techniekonderwijs in het vmbo.",
  },
  {
    slug: "stichting-platforms-vmbo",
    name: "Stichting Platforms vmbo (SPV)",
    alsoKnownAs: ["SPV"],
    kind: "public_body",
    description: "Landelijke stichting die de vmbo-platforms ondersteunt. Mede-financier van Sterk Techniekonderwijs in de regio's.",
  },
  {
    slug: "platform-talent-voor-technologie",
    name: "Platform Talent voor Technologie",
    alsoKnownAs: ["PTvT"],
    kind: "public_body",
    description:
      "Landelijke organisatie die werkt aan meer en beter technisch talent. Ondersteunt de regio's die met Sterk Techniekonderwijs aan de slag zijn.",
  },

  // Invented demo schools under NUOVO (the demo teacher works at the first).
  {
    slug: "vmbo-de-werkplaats",
    name: "Vmbo De Werkplaats (NUOVO)",
    kind: "school",
    place: "Utrecht",
    educationLevels: ["vmbo-basis", "vmbo-kader", "vmbo-gemengd"],
    email: "info@vmbo-de-werkplaats.demo.technohub.nl",
    brin: "99DW",
    verified: true,
    description:
      "Verzonnen vmbo-school voor de demo, onderdeel van NUOVO. Leerlingen kiezen hier onder meer het profiel Produceren, Installeren en Energie.",
  },
  {
    slug: "vmbo-techniekcollege-kanaleneiland",
    name: "Vmbo Techniekcollege Kanaleneiland (NUOVO)",
    kind: "school",
    place: "Utrecht",
    educationLevels: ["vmbo-basis", "vmbo-kader"],
    email: "info@vmbo-techniekcollege-kanaleneiland.demo.technohub.nl",
    brin: "99TK",
    branchNumber: "01",
    verified: true,
    description: "Verzonnen vmbo-school voor de demo, onderdeel van NUOVO, met de profielen Bouwen, Wonen en Interieur en Mobiliteit en Transport.",
  },

  // Invented demo companies: TechNet Utrecht and Woerden.
  demoCompany("domstad-installatiewerken-demo", "Domstad Installatiewerken (demo)", "Utrecht", "Installatietechniek", "50-249",
    "Verzonnen installatiebedrijf voor de demo. Laat vmbo-klassen zien hoe een gebouw verwarmd, gekoeld en van stroom voorzien wordt."),
  demoCompany("vaartsche-rijn-elektrotechniek-demo", "Vaartsche Rijn Elektrotechniek (demo)", "Utrecht", "Installatietechniek", "10-49",
    "Verzonnen elektrotechnisch bedrijf voor de demo. Geeft graag gastlessen over zonnepanelen en laadpalen."),
  demoCompany("lage-weide-precisietechniek-demo", "Lage Weide Precisietechniek (demo)", "Utrecht", "High Tech Systems & Materialen", "10-49",
    "Verzonnen toeleverancier van precisieonderdelen voor de demo. Heeft een cnc-werkplaats die klassen kunnen bezoeken."),
  demoCompany("leidsche-rijn-bouwtechniek-demo", "Leidsche Rijn Bouwtechniek (demo)", "Vleuten", "Bouw", "50-249",
    "Verzonnen bouwbedrijf voor de demo. Neemt leerlingen mee naar de bouwplaats."),
  demoCompany("woerdense-plaatbewerking-demo", "Woerdense Plaatbewerking (demo)", "Woerden", "Maakindustrie", "10-49",
    "Verzonnen metaalbedrijf voor de demo. Zoekt lasers en plaatwerkers en leidt graag zij-instromers op."),

  // Invented demo member companies of Sterk Techniek Onderwijs Deventer-Twello ("ruim 60 bedrijven").
  demoCompany("ijsselkade-metaalbewerking-demo", "IJsselkade Metaalbewerking (demo)", "Deventer", "Maakindustrie", "10-49",
    "Verzonnen metaalbewerker voor de demo. Biedt praktijkopdrachten voor vmbo-leerlingen."),
  demoCompany("salland-installatietechniek-demo", "Salland Installatietechniek (demo)", "Deventer", "Installatietechniek", "50-249",
    "Verzonnen installatiebedrijf voor de demo. Levert een hybride docent aan de Technicampus."),
  demoCompany("twello-kunststof-en-techniek-demo", "Twello Kunststof & Techniek (demo)", "Twello", "Maakindustrie", "10-49",
    "Verzonnen kunststofverwerker voor de demo. Ontvangt klassen voor een bedrijfsbezoek."),
  demoCompany("hanzestad-elektro-demo", "Hanzestad Elektro (demo)", "Deventer", "Installatietechniek", "10-49",
    "Verzonnen elektrotechnisch bedrijf voor de demo. Geeft gastlessen over slimme installaties."),
  demoCompany("stedendriehoek-robotica-demo", "Stedendriehoek Robotica (demo)", "Deventer", "High Tech Systems & Materialen", "50-249",
    "Verzonnen bouwer van robotcellen voor de demo. Helpt docenten bij lessen over automatisering."),
  demoCompany("voorster-machinebouw-demo", "Voorster Machinebouw (demo)", "Twello", "Maakindustrie", "50-249",
    "Verzonnen machinebouwer voor de demo. Zoekt monteurs en leidt zelf op."),
  demoCompany("bathmen-agritechniek-demo", "Bathmen Agritechniek (demo)", "Bathmen", "Agri & Food", "10-49",
    "Verzonnen bedrijf in landbouwmechanisatie voor de demo. Laat leerlingen kennismaken met techniek op het boerenerf."),
  demoCompany("deventer-bouwtechniek-demo", "Deventer Bouwtechniek (demo)", "Deventer", "Bouw", "50-249",
    "Verzonnen bouwbedrijf voor de demo. Biedt stageplekken en bedrijfsbezoeken."),
];
