/**
 * Words the field uses for the same thing. Each line is one group; every term in a group finds
 * what any other term finds, in both directions ("girlsdag" finds "Girlsday", and "Girlsday"
 * finds a text that says "girlsdag"). Write terms as people type them: case, accents, hyphens
 * and apostrophes do not count (they are folded, see domain/common/fold.ts). A term may be
 * several words ("girls day"). A term belongs to one group only (the unit test checks this).
 *
 * To add a synonym: add a term to its group, or a new line with two or more terms.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["Girlsday", "Girls' Day", "girlsdag", "girls dag"],
  ["PLC", "besturingstechniek", "PLC-programmeren"],
  ["lassen", "lastechniek", "lasser", "lassers"],
  ["Feest van de Techniek", "FvdT"],
  ["PPS", "publiek-private samenwerking"],
  ["LLO", "leven lang ontwikkelen", "leven lang leren"],
  ["zij-instromer", "zij-instromers", "zijinstromer", "zijinstromers", "career switcher"],
  ["MKB-deal", "mkbdeal"],
  ["CNC", "verspanen", "verspaning"],
  ["gastles", "gastlessen", "gastcollege"],
  ["bedrijfsbezoek", "bedrijfsbezoeken", "excursie"],
  ["installatietechniek", "installatiebranche"],
  ["mechatronica", "mechatronics"],
];
