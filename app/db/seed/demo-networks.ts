import type { LocationKind, NetworkKind } from "../../domain/networks/vocabulary.ts";

/**
 * The networks and partnerships from the seed documents, described in our
 * own words. Organisations are referred to by slug (demo-organisations.ts).
 * Contact addresses are role addresses on the demo domain; project leaders
 * are roles, never names.
 */
export type DemoLocation = {
  name: string;
  kind: LocationKind;
  organisation?: string;
  /** A gazetteer place; the coordinates come from there. */
  place?: string;
};

export type DemoNetwork = {
  slug: string;
  name: string;
  kind: NetworkKind;
  summary: string;
  description: string;
  province: string;
  cooperationType?: string;
  educationSectors: string[];
  economicSector?: string;
  tags: string[];
  focusAreas: string[];
  startYear?: number;
  contactEmail: string;
  projectLeader?: string;
  website?: string;
  partners: { organisation: string; role: "penvoerder" | "partner" }[];
  members: string[];
  locations: DemoLocation[];
};

const partner = (organisation: string) => ({ organisation, role: "partner" as const });
const penvoerder = (organisation: string) => ({ organisation, role: "penvoerder" as const });
const area = (place: string): DemoLocation => ({ name: `Werkgebied ${place}`, kind: "physical", place });

const UTRECHT_DEMO_COMPANIES = [
  "domstad-installatiewerken-demo",
  "vaartsche-rijn-elektrotechniek-demo",
  "lage-weide-precisietechniek-demo",
  "leidsche-rijn-bouwtechniek-demo",
];

const STO_DEMO_COMPANIES = [
  "ijsselkade-metaalbewerking-demo",
  "salland-installatietechniek-demo",
  "twello-kunststof-en-techniek-demo",
  "hanzestad-elektro-demo",
  "stedendriehoek-robotica-demo",
  "voorster-machinebouw-demo",
  "bathmen-agritechniek-demo",
  "deventer-bouwtechniek-demo",
];

export const DEMO_NETWORKS: DemoNetwork[] = [
  {
    slug: "technologieroute",
    name: "Technologieroute",
    kind: "pps",
    summary: "Publiek-private samenwerking die het metaalonderwijs in de provincie Utrecht vernieuwt.",
    description:
      "De Technologieroute brengt het mbo en de metaalbedrijven in de provincie Utrecht dichter bij elkaar. Samen vernieuwen de partners opleidingen, zodat die beter aansluiten op de snelle technologische ontwikkelingen en ook nieuwe groepen aanspreken. Praktijklokalen krijgen moderne machines, zodat studenten oefenen met de technieken die bedrijven echt gebruiken. Het project is er voor studenten, docenten, praktijkbegeleiders en werknemers van metaalbedrijven.",
    province: "Utrecht",
    cooperationType: "Mbo-initiatief",
    educationSectors: ["mbo"],
    economicSector: "High Tech Systems & Materialen",
    tags: ["hybride docent"],
    focusAreas: ["Leven lang ontwikkelen"],
    startYear: 2015,
    contactEmail: "technologieroute@demo.technohub.nl",
    projectLeader: "Projectleider ROC Midden Nederland",
    partners: [penvoerder("roc-midden-nederland"), partner("obm-midden-nederland")],
    members: ["kiremko", "woerdense-plaatbewerking-demo"],
    locations: [
      { name: "Praktijklokaal OBM Midden-Nederland", kind: "physical", organisation: "obm-midden-nederland", place: "Nieuwegein" },
      { name: "ROC Midden Nederland, techniekopleidingen", kind: "physical", organisation: "roc-midden-nederland", place: "Utrecht" },
    ],
  },
  {
    slug: "technet-utrecht",
    name: "TechNet Utrecht",
    kind: "technet",
    summary: "Scholen en bedrijven in de stad Utrecht die samen meer leerlingen voor techniek willen winnen.",
    description:
      "TechNet Utrecht is een lokale samenwerking van scholen en technische bedrijven in de stad Utrecht. Leerlingen krijgen techniekonderwijs dat hen boeit en kunnen dichtbij huis ontdekken welk werk er in de techniek is. Het aandeel vmbo-leerlingen dat voor techniek kiest, is in de regio flink gedaald, terwijl bedrijven steeds meer vakmensen zoeken. Een vast onderdeel is het Feest van de Techniek, waarbij bedrijven hun deuren openen voor vmbo-klassen.",
    province: "Utrecht",
    cooperationType: "Regionaal netwerk",
    educationSectors: ["po", "vmbo", "mbo"],
    economicSector: "Installatietechniek",
    tags: ["gastles", "bedrijfsbezoek", "Feest van de Techniek"],
    focusAreas: ["Instroom in techniek", "Loopbaanoriëntatie"],
    startYear: 2017,
    contactEmail: "technet.utrecht@demo.technohub.nl",
    projectLeader: "Coördinator TechNet Utrecht",
    website: "https://www.technet.nu",
    partners: [
      partner("nuovo-scholengroep"),
      partner("stichting-willibrord"),
      partner("roc-midden-nederland"),
      partner("installatiewerk"),
      partner("economic-board-utrecht"),
    ],
    members: [...UTRECHT_DEMO_COMPANIES, "vmbo-de-werkplaats", "vmbo-techniekcollege-kanaleneiland"],
    locations: [area("Utrecht")],
  },
  {
    slug: "technet-amstel-en-venen",
    name: "TechNet Amstel & Venen",
    kind: "technet",
    summary: "Scholen en maakbedrijven in De Ronde Venen en Uithoorn, partner in de MKB-deal Maakindustrie Utrecht-West.",
    description:
      "TechNet Amstel & Venen verbindt scholen en technische bedrijven in De Ronde Venen en Uithoorn. Het netwerk is een van de partners achter de MKB-deal Maakindustrie Utrecht-West en werkt nauw samen met de Makerspace in Mijdrecht. Kinderen en jongeren maken er al vroeg kennis met ontwerpen, maken en programmeren.",
    province: "Utrecht",
    cooperationType: "Regionaal netwerk",
    educationSectors: ["po", "vmbo", "havo/vwo"],
    economicSector: "Maakindustrie",
    tags: ["gastles", "bedrijfsbezoek", "doorlopende leerlijn"],
    focusAreas: ["Instroom in techniek"],
    contactEmail: "technet.amstelenvenen@demo.technohub.nl",
    projectLeader: "Coördinator TechNet Amstel & Venen",
    partners: [partner("makerspace-mijdrecht")],
    members: [],
    locations: [{ name: "Makerspace Mijdrecht", kind: "physical", organisation: "makerspace-mijdrecht", place: "Mijdrecht" }, area("Uithoorn")],
  },
  {
    slug: "technet-amersfoort",
    name: "TechNet Amersfoort",
    kind: "technet",
    summary: "Lokaal netwerk van scholen en technische bedrijven in en rond Amersfoort.",
    description:
      "TechNet Amersfoort is een lokaal netwerk van scholen en technische bedrijven in en rond Amersfoort. Bedrijven geven gastlessen, en vakmensen staan als hybride docent een paar uur per week voor de klas. Zo zien leerlingen hoe het werk in de bouw en de techniek er echt uitziet.",
    province: "Utrecht",
    cooperationType: "Regionaal netwerk",
    educationSectors: ["vmbo", "mbo"],
    economicSector: "Bouw",
    tags: ["hybride docent", "gastles"],
    focusAreas: ["Aansluiting onderwijs-arbeidsmarkt"],
    contactEmail: "technet.amersfoort@demo.technohub.nl",
    partners: [],
    members: [],
    locations: [area("Amersfoort")],
  },
  {
    slug: "technet-gooi-en-vechtstreek",
    name: "TechNet Gooi & Vechtstreek",
    kind: "technet",
    summary: "Scholen en bedrijven in Hilversum en de andere gemeenten van het Gooi en de Vechtstreek.",
    description:
      "In TechNet Gooi & Vechtstreek werken scholen en bedrijven uit Hilversum en de omliggende gemeenten samen. Het netwerk regelt bedrijfsbezoeken voor basisschoolleerlingen en vmbo-klassen. Er is extra aandacht voor meisjes, die nog te weinig voor techniek kiezen.",
    province: "Noord-Holland",
    cooperationType: "Regionaal netwerk",
    educationSectors: ["po", "vmbo"],
    economicSector: "Installatietechniek",
    tags: ["bedrijfsbezoek", "meiden in de techniek"],
    focusAreas: ["Instroom in techniek"],
    contactEmail: "technet.gooienvechtstreek@demo.technohub.nl",
    partners: [],
    members: [],
    locations: [area("Hilversum"), area("Huizen")],
  },
  {
    slug: "technet-maarssen",
    name: "TechNet Maarssen",
    kind: "technet",
    summary: "Vmbo-scholen en bedrijven in Stichtse Vecht die samen praktijkopdrachten bedenken.",
    description:
      "TechNet Maarssen brengt vmbo-scholen en bedrijven in de gemeente Stichtse Vecht samen. Leerlingen werken aan echte opdrachten van bedrijven uit de buurt en gaan kijken op de werkvloer.",
    province: "Utrecht",
    cooperationType: "Regionaal netwerk",
    educationSectors: ["vmbo"],
    economicSector: "Maakindustrie",
    tags: ["bedrijfsbezoek", "praktijkopdracht"],
    focusAreas: ["Loopbaanoriëntatie"],
    contactEmail: "technet.maarssen@demo.technohub.nl",
    partners: [],
    members: [],
    locations: [area("Maarssen")],
  },
  {
    slug: "technet-woerden",
    name: "TechNet Woerden",
    kind: "technet",
    summary: "Scholen en maakbedrijven uit Woerden en omgeving.",
    description:
      "In TechNet Woerden werken scholen en maakbedrijven uit Woerden en omgeving samen aan meer instroom in de techniek. Het netwerk hangt nauw samen met Woerdens Techniek Talent en de Technohub in Woerden. Bedrijven geven gastlessen en helpen zij-instromers op weg.",
    province: "Utrecht",
    cooperationType: "Regionaal netwerk",
    educationSectors: ["po", "vmbo", "havo/vwo"],
    economicSector: "Maakindustrie",
    tags: ["gastles", "zij-instromers"],
    focusAreas: ["Instroom in techniek"],
    contactEmail: "technet.woerden@demo.technohub.nl",
    partners: [partner("woerdens-techniek-talent"), partner("kiremko")],
    members: ["woerdense-plaatbewerking-demo"],
    locations: [area("Woerden")],
  },
  {
    slug: "technet-ijsselstein",
    name: "TechNet IJsselstein",
    kind: "technet",
    summary: "Scholen en hightech bedrijven in IJsselstein.",
    description:
      "TechNet IJsselstein is een lokaal netwerk van scholen en technische bedrijven in IJsselstein. Bedrijven laten vmbo- en mbo-leerlingen zien hoe hightech producten ontstaan, in de klas en op de werkvloer.",
    province: "Utrecht",
    cooperationType: "Regionaal netwerk",
    educationSectors: ["vmbo", "mbo"],
    economicSector: "High Tech Systems & Materialen",
    tags: ["gastles", "bedrijfsbezoek"],
    focusAreas: ["Aansluiting onderwijs-arbeidsmarkt"],
    contactEmail: "technet.ijsselstein@demo.technohub.nl",
    partners: [],
    members: [],
    locations: [area("IJsselstein")],
  },
  {
    slug: "technet-veenendaal",
    name: "TechNet Veenendaal",
    kind: "technet",
    summary: "Scholen en technische bedrijven in Veenendaal, met aandacht voor digitale techniek.",
    description:
      "In TechNet Veenendaal werken scholen en bedrijven samen aan lessen over digitale techniek. Vakmensen uit ICT- en techniekbedrijven geven als hybride docent les op het vmbo.",
    province: "Utrecht",
    cooperationType: "Regionaal netwerk",
    educationSectors: ["vmbo"],
    economicSector: "ICT",
    tags: ["hybride docent", "techniekpromotie"],
    focusAreas: ["Digitalisering"],
    contactEmail: "technet.veenendaal@demo.technohub.nl",
    partners: [],
    members: [],
    locations: [area("Veenendaal")],
  },
  {
    slug: "mkb-deal-maakindustrie-utrecht-west",
    name: "MKB-deal Maakindustrie Utrecht-West",
    kind: "mkb_deal",
    summary: "Overheid, maakbedrijven en onderwijs werken samen aan genoeg vakmensen voor het mkb in Utrecht-West.",
    description:
      "Met de MKB-deal Maakindustrie Utrecht-West werken overheden, maakbedrijven en onderwijs samen aan genoeg goed opgeleide vakmensen voor het mkb in het westen van de provincie Utrecht. De deal, getekend in juli 2020, steunt drie praktijkgerichte onderwijsvormen waarin bedrijven meesturen: de Technohub in Woerden, het Vakcentrum voor de maakindustrie in Nieuwegein en de Makerspace in Mijdrecht. Samen vormen ze een doorlopende leerlijn van basisschool tot mbo, ook voor zij-instromers. Het aanbod speelt in op digitalisering en robotisering, die om nieuwe kennis en vaardigheden vragen.",
    province: "Utrecht",
    cooperationType: "Regionaal netwerk",
    educationSectors: ["po", "vmbo", "havo/vwo", "mbo"],
    economicSector: "Maakindustrie",
    tags: ["doorlopende leerlijn", "zij-instromers", "praktijklokaal"],
    focusAreas: ["Aansluiting onderwijs-arbeidsmarkt", "Digitalisering"],
    startYear: 2020,
    contactEmail: "mkbdeal.utrechtwest@demo.technohub.nl",
    projectLeader: "Programmamanager MKB-deal",
    partners: [
      partner("provincie-utrecht"),
      partner("obm-midden-nederland"),
      partner("woerdens-techniek-talent"),
      partner("kiremko"),
      partner("make-center"),
      partner("vakcentrum-voor-de-maakindustrie"),
      partner("makerspace-mijdrecht"),
    ],
    members: ["woerdense-plaatbewerking-demo"],
    locations: [
      { name: "Technohub Woerden (M.A.K.E. Center)", kind: "physical", organisation: "make-center", place: "Woerden" },
      { name: "Vakcentrum voor de maakindustrie", kind: "physical", organisation: "vakcentrum-voor-de-maakindustrie", place: "Nieuwegein" },
      { name: "Makerspace Mijdrecht", kind: "physical", organisation: "makerspace-mijdrecht", place: "Mijdrecht" },
    ],
  },
  {
    slug: "technohub-woerden",
    name: "Technohub Woerden",
    kind: "technohub",
    summary: "Praktijkplek in Woerden voor basisschool, vmbo, havo/vwo en zij-instromers.",
    description:
      "De Technohub Woerden is een praktijkplek waar leerlingen uit het basisonderwijs, het vmbo en havo/vwo kennismaken met de maakindustrie. Ook zij-instromers die de overstap naar techniek willen maken, kunnen er terecht. De hub is gevestigd in het M.A.K.E. Center en wordt gedragen door de bedrijven van Woerdens Techniek Talent.",
    province: "Utrecht",
    cooperationType: "Regionaal netwerk",
    educationSectors: ["po", "vmbo", "havo/vwo"],
    economicSector: "Maakindustrie",
    tags: ["zij-instromers", "praktijklokaal"],
    focusAreas: ["Instroom in techniek", "Leven lang ontwikkelen"],
    contactEmail: "technohub.woerden@demo.technohub.nl",
    projectLeader: "Coördinator Technohub Woerden",
    partners: [partner("woerdens-techniek-talent"), partner("make-center"), partner("kiremko")],
    members: ["woerdense-plaatbewerking-demo"],
    locations: [{ name: "M.A.K.E. Center Woerden", kind: "physical", organisation: "make-center", place: "Woerden" }],
  },
  {
    slug: "technohub-nop",
    name: "Technohub NOP",
    kind: "technohub",
    summary: "Hybride leeromgeving voor leven lang ontwikkelen in de metaal- en agrarische sector, gesubsidieerd door A&O Metalektro.",
    description:
      "Technohub NOP is een hybride leeromgeving in de Noordoostpolder waar bedrijven uit de metaal- en agrarische sector samen met onderwijsinstellingen hun medewerkers bijscholen. Bedrijven geven aan welke kennis ze nodig hebben en de scholen ontwikkelen daar snel passende modules bij. De hub heeft fysieke plekken in Emmeloord en Dronten, een mobiele hub en een online leeromgeving. Daarnaast laat de Technohub jongeren uit de regio zelf techniek ervaren, zodat meer van hen voor een technische opleiding kiezen.",
    province: "Flevoland",
    cooperationType: "Mbo-initiatief",
    educationSectors: ["mbo", "hbo"],
    economicSector: "Maakindustrie",
    tags: ["hybride leeromgeving", "hybride docent", "techniekpromotie"],
    focusAreas: ["Leven lang ontwikkelen"],
    startYear: 2021,
    contactEmail: "technohub.nop@demo.technohub.nl",
    projectLeader: "Programmamanager Technohub NOP",
    partners: [
      partner("roc-friese-poort"),
      partner("aeres-mbo"),
      partner("obm-midden-nederland"),
      partner("kampstaal"),
      partner("suplacon"),
      partner("innovatiecluster-noordoostpolder"),
      partner("agrofoodcluster"),
      partner("stichting-a-en-o-metalektro"),
    ],
    members: [],
    locations: [
      { name: "Fysieke hub ROC Friese Poort Emmeloord", kind: "physical", organisation: "roc-friese-poort", place: "Emmeloord" },
      { name: "Fysieke hub Aeres MBO Emmeloord", kind: "physical", organisation: "aeres-mbo", place: "Emmeloord" },
      { name: "Agri Innovatiecenter Aeres Hogeschool", kind: "physical", organisation: "aeres-hogeschool", place: "Dronten" },
      // The mobile hub travels to companies; Emmeloord is its home base.
      { name: "Mobiele hub Technohub NOP", kind: "mobile", place: "Emmeloord" },
      { name: "Online leeromgeving (Ozone-platform)", kind: "online" },
    ],
  },
  {
    slug: "sterk-techniek-onderwijs-deventer-twello",
    name: "Sterk Techniek Onderwijs Deventer-Twello",
    kind: "sto_regio",
    summary: "Vmbo, mbo en ruim zestig bedrijven werken samen aan sterk techniekonderwijs in Deventer en Twello.",
    description:
      "In Sterk Techniek Onderwijs Deventer-Twello werken scholen voor vmbo en mbo samen met ruim zestig bedrijven uit de regio aan beter en aantrekkelijker techniekonderwijs. De partners willen meer leerlingen voor techniek winnen, het onderwijs en de docenten versterken en vaker samen met bedrijven lesgeven in de praktijk. Ontwikkelteams werken daarvoor aan negen projecten, van de overstap van basisschool naar vmbo tot meer meiden in de techniek. Het programma wordt betaald uit middelen van het ministerie van OCW, Stichting Platforms vmbo en Platform Talent voor Technologie.",
    province: "Overijssel",
    cooperationType: "Vo-initiatief",
    educationSectors: ["po", "vmbo", "mbo"],
    economicSector: "Maakindustrie",
    tags: ["meiden in de techniek", "docentprofessionalisering", "praktijkopdracht"],
    focusAreas: ["Instroom in techniek", "Aansluiting onderwijs-arbeidsmarkt"],
    startYear: 2020,
    contactEmail: "sto.deventertwello@demo.technohub.nl",
    projectLeader: "Programmaleider Sterk Techniek Onderwijs",
    partners: [
      partner("etty-hillesum-lyceum"),
      partner("zone-college"),
      partner("technicampus"),
      partner("roc-aventus"),
      partner("platform-techniek-stedendriehoek"),
    ],
    members: STO_DEMO_COMPANIES,
    locations: [
      { name: "Technicampus Deventer", kind: "physical", organisation: "technicampus", place: "Deventer" },
      { name: "Etty Hillesum Lyceum Deventer", kind: "physical", organisation: "etty-hillesum-lyceum", place: "Deventer" },
      area("Twello"),
    ],
  },
];

export type DemoEvent = {
  slug: string;
  network: string;
  name: string;
  kind: "feest_van_de_techniek" | "girlsday" | "techniekdag" | "open_dag";
  description: string;
  startsOn: string;
  status: "draft" | "open" | "assigning" | "published" | "done";
};

export const DEMO_EVENTS: DemoEvent[] = [
  {
    slug: "feest-van-de-techniek-2026",
    network: "technet-utrecht",
    name: "Feest van de Techniek 2026",
    kind: "feest_van_de_techniek",
    description:
      "Vorig jaar openden technische bedrijven in Utrecht een dag hun deuren voor vmbo-klassen. De aanwezigheid per bezoek is bijgehouden en telt mee in de impact van het netwerk.",
    startsOn: "2026-03-19",
    status: "done",
  },
  {
    slug: "feest-van-de-techniek-2027",
    network: "technet-utrecht",
    name: "Feest van de Techniek 2027",
    kind: "feest_van_de_techniek",
    description:
      "Technische bedrijven in Utrecht openen een dag hun deuren voor vmbo-klassen. Leerlingen zien hoe het werk eruitziet en doen zelf iets. Scholen melden hun klassen aan; de coördinator deelt ze in bij de bedrijven.",
    startsOn: "2027-03-18",
    status: "open",
  },
  {
    slug: "girlsday-2018",
    network: "technet-utrecht",
    name: "Girlsday 2018",
    kind: "girlsday",
    description: "Meisjes bezoeken technische bedrijven en ontdekken wat werken in de techniek inhoudt. Scholen en bedrijven konden zich aanmelden.",
    startsOn: "2018-04-12",
    status: "done",
  },
  {
    slug: "girlsday-2027",
    network: "technet-utrecht",
    name: "Girlsday 2027",
    kind: "girlsday",
    description:
      "Op Girlsday openen technische bedrijven hun deuren voor meisjes uit het basisonderwijs en het vmbo. Scholen en bedrijven kunnen zich nu aanmelden.",
    startsOn: "2027-04-08",
    status: "open",
  },
];
