/**
 * Population weights for the national data set: every place of the bundled gazetteer
 * (app/lib/geo/gazetteer-data.ts, which holds the coordinates and provinces) with roughly how
 * many people it stands for. A seat stands for its municipality minus the villages listed
 * separately; figures are rounded CBS counts (2023) and only need to be right in proportion, so
 * that schools, companies and hubs crowd in the Randstad and thin out in the north and Zeeland
 * as they really do. Keeping coordinates in one place means every generated organisation lies
 * in a place the geocoder knows, so "near a place" searches find them.
 */
export const PLACE_POPULATION: Readonly<Record<string, number>> = {
  // Noord-Holland
  Amsterdam: 900_000, Weesp: 20_000, Haarlem: 162_000, Hoofddorp: 158_000, Zaandam: 157_000, Amstelveen: 92_000,
  Hilversum: 92_000, Alkmaar: 110_000, Purmerend: 93_000, Hoorn: 74_000, IJmuiden: 69_000, Heerhugowaard: 88_000,
  "Den Helder": 57_000, Bussum: 33_000, Naarden: 17_000, Muiden: 7_000, Huizen: 41_000, Laren: 11_000, Blaricum: 12_000,
  Loosdrecht: 9_000, Kortenhoef: 6_000, "'s-Graveland": 3_000, "Nederhorst den Berg": 6_000, Schagen: 47_000,
  "Anna Paulowna": 49_000, Medemblik: 46_000, Beverwijk: 42_000, Heemskerk: 39_000, Uithoorn: 27_000, "De Kwakel": 3_000,
  Aalsmeer: 33_000, Diemen: 31_000,
  // Zuid-Holland
  Rotterdam: 655_000, "Den Haag": 552_000, Leiden: 127_000, Zoetermeer: 126_000, Dordrecht: 120_000, Delft: 105_000,
  "Alphen aan den Rijn": 114_000, Naaldwijk: 113_000, Spijkenisse: 86_000, Schiedam: 80_000, Vlaardingen: 75_000,
  Gouda: 74_000, Leidschendam: 39_000, Voorburg: 40_000, "Capelle aan den IJssel": 67_000, Katwijk: 67_000,
  Bergschenhoek: 64_000, Pijnacker: 57_000, Rijswijk: 57_000, Middelharnis: 52_000, "Oud-Beijerland": 89_000,
  Bodegraven: 35_000, Stolwijk: 57_000, Zwijndrecht: 45_000, Ridderkerk: 47_000, Barendrecht: 49_000, Noordwijk: 44_000,
  Gorinchem: 38_000, Giessenburg: 45_000,
  // Utrecht
  Utrecht: 312_000, Vleuten: 50_000, Amersfoort: 160_000, Nieuwegein: 65_000, Veenendaal: 68_000, Zeist: 66_000,
  Maarssen: 50_000, Breukelen: 15_000, Houten: 51_000, Doorn: 11_000, "Driebergen-Rijsenburg": 20_000, Woerden: 43_000,
  Harmelen: 8_000, Kamerik: 4_000, Zegveld: 2_000, IJsselstein: 35_000, Mijdrecht: 17_000, Vinkeveen: 11_000, Wilnis: 7_000,
  Abcoude: 9_000, Amstelhoek: 2_000, Vianen: 58_000, Soest: 47_000, Bilthoven: 22_000, "De Bilt": 21_000, Baarn: 25_000,
  Leusden: 31_000, "Bunschoten-Spakenburg": 22_000, Eemnes: 9_000, Woudenberg: 14_000, Rhenen: 20_000, Renswoude: 6_000,
  "Wijk bij Duurstede": 24_000, Bunnik: 15_000, Montfoort: 14_000, Oudewater: 10_000, Lopik: 15_000,
  // Flevoland
  Almere: 220_000, Lelystad: 82_000, Emmeloord: 27_000, Marknesse: 3_000, Ens: 2_500, Luttelgeest: 2_000, Creil: 1_500,
  Rutten: 1_200, Bant: 1_000, Kraggenburg: 1_400, Espel: 1_200, Tollebeek: 2_000, Nagele: 2_000, Urk: 22_000, Dronten: 30_000,
  Swifterbant: 7_000, Biddinghuizen: 6_000, Zeewolde: 24_000,
  // Overijssel
  Zwolle: 131_000, Enschede: 161_000, Deventer: 88_000, Bathmen: 5_000, Schalkhaar: 7_000, Diepenveen: 5_000,
  Hengelo: 88_000, Almelo: 74_000, Hardenberg: 45_000, Dedemsvaart: 17_000, Kampen: 55_000, Rijssen: 39_000,
  Steenwijk: 44_000, Raalte: 38_000, Oldenzaal: 32_000, Goor: 35_000, Olst: 9_000, Wijhe: 9_000,
  // Gelderland
  Nijmegen: 180_000, Apeldoorn: 165_000, Arnhem: 164_000, Ede: 120_000, Doetinchem: 58_000, Barneveld: 61_000,
  Harderwijk: 49_000, Zutphen: 48_000, Nijkerk: 44_000, Wageningen: 40_000, Tiel: 42_000, Zevenaar: 44_000,
  Wijchen: 41_000, Elst: 32_000, Bemmel: 47_000, Geldermalsen: 52_000, Culemborg: 30_000, Zaltbommel: 30_000,
  Twello: 16_000, Wilp: 2_000, Terwolde: 2_000, Voorst: 6_000, Lochem: 28_000, Gorssel: 4_000, Epse: 3_000,
  Brummen: 21_000, Epe: 33_000, Winterswijk: 29_000, Borculo: 37_000, Velp: 44_000,
  // Noord-Brabant
  Eindhoven: 238_000, Tilburg: 224_000, Breda: 185_000, "'s-Hertogenbosch": 158_000, Helmond: 93_000, Oss: 94_000,
  Veghel: 83_000, Roosendaal: 78_000, "Bergen op Zoom": 68_000, Oosterhout: 57_000, Waalwijk: 49_000, Uden: 62_000,
  Boxmeer: 48_000, Cuijk: 48_000, Veldhoven: 46_000, "Etten-Leur": 45_000, Vlijmen: 60_000, Almkerk: 57_000,
  Valkenswaard: 31_000,
  // Limburg
  Maastricht: 122_000, Venlo: 102_000, Sittard: 46_000, Geleen: 46_000, Heerlen: 87_000, Roermond: 59_000, Weert: 50_000,
  Venray: 45_000, Kerkrade: 45_000, Valkenburg: 16_000, Panningen: 45_000, Horst: 43_000,
  // Groningen
  Groningen: 240_000, Hoogezand: 62_000, Delfzijl: 25_000, Appingedam: 20_000, Zuidhorn: 64_000, Winsum: 48_000,
  Stadskanaal: 32_000, Winschoten: 39_000, Veendam: 28_000,
  // Friesland
  Leeuwarden: 125_000, Sneek: 60_000, Bolsward: 10_000, Drachten: 56_000, Heerenveen: 51_000, Joure: 52_000,
  Franeker: 47_000, Dokkum: 45_000, Burgum: 32_000,
  // Drenthe
  Emmen: 108_000, Assen: 69_000, Hoogeveen: 56_000, Meppel: 35_000, Coevorden: 35_000, Roden: 32_000,
  // Zeeland
  Middelburg: 49_000, Vlissingen: 45_000, Goes: 39_000, Terneuzen: 55_000, Zierikzee: 34_000,
};
