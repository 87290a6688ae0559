/**
 * Word lists the national generator combines into names and texts. Invented, but in the style of
 * real Dutch schools, companies and partnerships, so that search and its stemming see the words
 * they will meet in production.
 */
export const PRIMARY_PREFIXES = ["Basisschool", "OBS", "CBS", "RK Basisschool", "IKC", "Kindcentrum", "Montessorischool", "Daltonschool", "Jenaplanschool", "PCBS"];
export const PRIMARY_NAMES = [
  "De Regenboog", "Het Kompas", "De Wegwijzer", "De Fontein", "Het Anker", "De Vlinder", "De Klimop", "De Sterrenwacht", "Sint Jozef",
  "De Meander", "Het Palet", "De Springplank", "De Zonnewijzer", "De Ark", "De Wereldwijzer", "Het Mozaïek", "De Horizon", "De Windroos",
  "De Bron", "De Eiber", "Het Klaverblad", "De Notenkraker", "De Tweemaster", "De Vuurtoren", "Prins Willem-Alexander", "Koningin Juliana",
  "De Linde", "Het Talent", "De Ontdekking", "De Kameleon", "De Boomgaard", "De Molenwiek", "De Singel", "De Kring", "Het Startpunt",
];
export const SECONDARY_NAMES = [
  "Vathorst College", "Stedelijk College", "Het Baken", "Wellant College", "Christelijk Lyceum", "Scholengemeenschap De Breul",
  "Technisch College", "Maerlant College", "Erasmus College", "Bonhoeffer College", "Montessori College", "Oranje Nassau College",
  "Het Rhedens", "Lorentz Lyceum", "Dalton Vakcollege", "Pantarijn", "Vakcollege De Rede", "Groenhorst", "Helicon vmbo", "Terra",
  "Carmel College", "Vechtdal College", "Het Hooghuis", "De Nieuwe Veste", "Mondial College", "Calvijn College", "Gomarus College",
];
export const SECONDARY_LEVELS: readonly (readonly string[])[] = [
  ["vmbo-basis", "vmbo-kader", "vmbo-gemengd", "vmbo-theoretisch"],
  ["vmbo-basis", "vmbo-kader"],
  ["vmbo-theoretisch", "havo", "vwo"],
  ["vmbo-basis", "vmbo-kader", "vmbo-gemengd", "vmbo-theoretisch", "havo", "vwo"],
  ["havo", "vwo"],
];
export const MBO_PREFIXES = ["ROC", "Techniek College", "Vakcollege", "Regio College", "Deltion", "Landstede", "Summa"];
export const PROVIDER_NAMES = ["Opleidingsbedrijf", "Praktijkopleiding", "Technische Academie", "Leerwerkbedrijf", "Opleidingscentrum", "Vakschool"];
export const SURNAMES = [
  "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
  "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "Vermeulen",
  "van Dijk", "Kuipers", "Postma", "Hoekstra", "van Beek", "Willems", "Koster", "Prins", "Huisman", "Verhoeven", "Timmermans", "Wolters",
];
/** Per economic sector: what such companies call themselves and the topics of their offers. */
export const SECTOR_PROFILES: Record<string, { trades: readonly string[]; topics: readonly string[]; courseTopics: readonly string[] }> = {
  "High Tech Systems & Materialen": { trades: ["Precisietechniek", "Mechatronics", "Fijnmechanica", "Systems", "Photonics"], topics: ["mechatronica", "cnc-verspanen", "elektronica", "robotica", "programmeren", "3d-printen"], courseTopics: ["mechatronica", "cnc", "robotica", "plc"] },
  "Agri & Food": { trades: ["Agrotechniek", "Voedingsmiddelen", "Loonbedrijf", "Kaasmakerij", "Kassenbouw"], topics: ["voedseltechnologie", "agrotechniek", "precisielandbouw", "voedselveiligheid", "procestechniek"], courseTopics: ["agrotechniek", "precisielandbouw", "veiligheid"] },
  Bouw: { trades: ["Bouwbedrijf", "Aannemersbedrijf", "Timmerfabriek", "Betonbouw", "Renovatie"], topics: ["bouwtechniek", "houtbewerking", "duurzaamheid", "veiligheid"], courseTopics: ["veiligheid", "leidinggeven", "digitalisering"] },
  Installatietechniek: { trades: ["Installatietechniek", "Elektrotechniek", "Klimaattechniek", "Installateurs", "Warmtetechniek"], topics: ["installatietechniek", "elektrotechniek", "warmtepompen", "zonne-energie", "klimaattechniek", "sanitair"], courseTopics: ["installatietechniek", "elektrotechniek", "duurzame-energie"] },
  Maakindustrie: { trades: ["Metaalbewerking", "Plaatwerk", "Machinebouw", "Staalbouw", "Constructie"], topics: ["lassen", "metaalbewerking", "plaatbewerking", "staalconstructie", "machinebouw", "cnc-verspanen"], courseTopics: ["lassen", "plaatbewerking", "verspanen", "onderhoud"] },
  Energie: { trades: ["Energietechniek", "Netwerken", "Duurzame Energie", "Zonnetechniek", "Windservice"], topics: ["energietransitie", "zonne-energie", "elektrotechniek", "duurzaamheid"], courseTopics: ["duurzame-energie", "elektrotechniek", "veiligheid"] },
  Logistiek: { trades: ["Logistiek", "Transport", "Distributie", "Warehousing", "Havenservice"], topics: ["logistiek", "automatisering", "veiligheid", "beroepsorientatie"], courseTopics: ["digitalisering", "leidinggeven", "veiligheid"] },
  Chemie: { trades: ["Chemie", "Procesindustrie", "Coatings", "Kunststoffen", "Laboratoria"], topics: ["procestechniek", "veiligheid", "duurzaamheid", "automatisering"], courseTopics: ["veiligheid", "onderhoud", "hydrauliek"] },
  "Water & Maritiem": { trades: ["Scheepsbouw", "Maritieme Techniek", "Waterbouw", "Jachtbouw", "Baggerwerken"], topics: ["lassen", "machinebouw", "elektrotechniek", "motorvoertuigentechniek"], courseTopics: ["lassen", "hydrauliek", "pneumatiek"] },
  ICT: { trades: ["Automatisering", "Software", "Industriële ICT", "Data", "Embedded Systems"], topics: ["programmeren", "automatisering", "elektronica", "ontwerpen"], courseTopics: ["digitalisering", "plc", "communicatie"] },
};
export const SIZE_CLASSES = ["1-9", "10-49", "50-249", "250+"];

export const PPS_THEMES = [
  "Smart Industry Hub", "Techniekcampus", "Centrum voor Innovatief Vakmanschap", "Energiecampus", "Praktijkcentrum Installatietechniek",
  "Maritieme Academie", "Agrofood Campus", "Bouwcampus", "Logistiek Innovatiecentrum", "Mechatronica Huis", "Procescentrum", "Werkplaats Techniek",
];
export const NETWORK_TAGS = ["techniekpromotie", "lob", "gastlessen", "bedrijfsbezoeken", "hybride docenten", "bijscholing", "leven lang ontwikkelen", "praktijkleren", "innovatie", "doorlopende leerlijn", "duurzaamheid", "digitalisering"];
export const FOCUS_AREAS = ["Doorlopende leerlijnen vmbo-mbo", "Techniekonderwijs in het po", "Samenwerking met het bedrijfsleven", "Moderne practicumruimtes", "Hybride docenten", "Bijscholing van docenten", "Zij-instroom", "Energietransitie"];

export const OFFER_TITLES: Record<string, readonly string[]> = {
  gastles: ["Gastles {topic}", "Wat doet een vakman in {topic}? Gastles", "Gastles: de wereld van {topic}", "Ontdek {topic} in de klas"],
  bedrijfsbezoek: ["Bedrijfsbezoek: {topic} bij {org}", "Kijkje in de keuken: {topic}", "Rondleiding {topic} in {place}"],
  workshop: ["Workshop {topic}", "Zelf aan de slag met {topic}", "Doe-workshop {topic} voor beginners"],
  praktijkopdracht: ["Praktijkopdracht {topic}", "Echte opdracht uit de praktijk: {topic}"],
  hybride_docent: ["Hybride docent {topic}", "Vakman voor de klas: {topic}"],
  praktijklokaal: ["Praktijklokaal {topic} te gebruik", "Onze werkplaats {topic} voor uw lessen"],
};

export const NEWS_OPENINGS = [
  "{network} opent nieuw praktijklokaal", "Leerlingen ontdekken {topic} bij bedrijven in {place}", "Subsidie voor {network} verlengd",
  "Docenten lopen stage in de {topic}", "Succesvolle techniekdag in {place}", "Nieuwe hybride docenten starten in {place}",
  "Bedrijven en scholen tekenen convenant in {place}", "Terugblik: een jaar {network}", "Meer leerlingen kiezen voor {topic}",
];
