/**
 * Invented demo users (see the common brief): every name ends in "(demo)"
 * and every address is on the demo domain. One password for all of them.
 */
export const DEMO_PASSWORD = "technohub-demo";

export type DemoUser = {
  email: string;
  name: string;
  role: "admin" | "user";
  memberships: { organisation: string; role: "admin" | "member" }[];
  coordinates: string[];
};

export const DEMO_USERS: DemoUser[] = [
  { email: "beheer@demo.technohub.nl", name: "Beheerder Technohub (demo)", role: "admin", memberships: [], coordinates: [] },
  {
    email: "coordinator.utrecht@demo.technohub.nl",
    name: "Sanne de Vries (demo)",
    role: "user",
    memberships: [{ organisation: "roc-midden-nederland", role: "member" }],
    coordinates: ["technet-utrecht", "technologieroute"],
  },
  {
    email: "coordinator.nop@demo.technohub.nl",
    name: "Joris Bakker (demo)",
    role: "user",
    memberships: [{ organisation: "roc-friese-poort", role: "member" }],
    coordinates: ["technohub-nop"],
  },
  {
    email: "coordinator.deventer@demo.technohub.nl",
    name: "Fatima El Amrani (demo)",
    role: "user",
    memberships: [{ organisation: "technicampus", role: "member" }],
    coordinates: ["sterk-techniek-onderwijs-deventer-twello"],
  },
  {
    email: "docent@demo.technohub.nl",
    name: "Mila Jansen (demo)",
    role: "user",
    memberships: [{ organisation: "vmbo-de-werkplaats", role: "member" }],
    coordinates: [],
  },
  {
    email: "bedrijf@demo.technohub.nl",
    name: "Peter Hoekstra (demo)",
    role: "user",
    memberships: [{ organisation: "kiremko", role: "admin" }],
    coordinates: [],
  },
  {
    email: "opleider@demo.technohub.nl",
    name: "Anouk Visser (demo)",
    role: "user",
    memberships: [{ organisation: "obm-midden-nederland", role: "admin" }],
    coordinates: [],
  },
];
