import type { Db } from "../client.server.ts";
import { milestone, programme, programmeGoal, progressUpdate, project, projectGoal, projectTeamMember } from "../schema/index.ts";

/**
 * Demo programmes from seeds 003 and 001: Sterk Techniek Onderwijs
 * Deventer-Twello (three goals, nine projects, until July 2024) and the
 * MKB-deal Maakindustrie Utrecht-West with its three hubs. Teams are
 * organisations with a role, never named people; milestones and updates are
 * invented for the demo, some of them overdue.
 */
type Seat = { organisation: string; role: string; lead?: boolean };
type DemoMilestone = { title: string; dueOn: string; doneOn?: string };
type DemoUpdate = { on: string; rag: "green" | "amber" | "red"; text: string };
type DemoProject = { title: string; description: string; goals: number[]; team: Seat[]; milestones: DemoMilestone[]; updates: DemoUpdate[] };
type DemoProgramme = {
  slug: string;
  network: string;
  name: string;
  description: string;
  funders: string;
  startsOn: string;
  endsOn: string;
  goals: { title: string; indicator?: string; target?: string }[];
  projects: DemoProject[];
};

const ETTY = "etty-hillesum-lyceum";
const ZONE = "zone-college";
const CAMPUS = "technicampus";
const AVENTUS = "roc-aventus";
const PLATFORM = "platform-techniek-stedendriehoek";

export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    slug: "sterk-techniek-onderwijs-deventer-twello",
    network: "sterk-techniek-onderwijs-deventer-twello",
    name: "Sterk Techniek Onderwijs Deventer-Twello",
    description:
      "Onderwijs en ruim zestig bedrijven uit de regio Deventer-Twello werken in ontwikkelteams aan duurzaam, dekkend en sterk technisch vmbo-onderwijs. Tot en met juli 2024; daarna volgen nieuwe afspraken.",
    funders: "Ministerie van OCW, Stichting Platforms vmbo (SPV), Platform Talent voor Technologie (PTvT)",
    startsOn: "2020-08-01",
    endsOn: "2024-07-31",
    goals: [
      { title: "Instroombevordering in het technisch onderwijs", indicator: "Aandeel vmbo-leerlingen dat kiest voor een technisch profiel" },
      { title: "Verbetering van het technisch onderwijs en professionalisering van de docenten" },
      { title: "Samenwerking met het bedrijfsleven om meer praktijkgericht onderwijs te kunnen geven" },
    ],
    projects: [
      {
        title: "Verbeteren aansluiting primair onderwijs op techn(olog)isch vmbo",
        description: "Groep 7 en 8 maken op de Technicampus kennis met techniek, samen met hun leerkrachten.",
        goals: [1],
        team: [
          { organisation: CAMPUS, role: "Coördinator techniekpromotie", lead: true },
          { organisation: ETTY, role: "Docent techniek onderbouw" },
          { organisation: "hanzestad-elektro-demo", role: "Gastdocent elektrotechniek" },
        ],
        milestones: [
          { title: "Lesprogramma techniekmiddagen groep 7/8 klaar", dueOn: "2021-06-30", doneOn: "2021-06-18" },
          { title: "Twintig basisscholen hebben een techniekmiddag bezocht", dueOn: "2023-06-30", doneOn: "2023-07-05" },
          { title: "Evaluatie met basisscholen afgerond", dueOn: "2024-05-31" },
        ],
        updates: [
          { on: "2023-03-14", rag: "green", text: "Veertien basisscholen hebben inmiddels een techniekmiddag gehad; de reacties van leerkrachten zijn goed." },
          { on: "2024-04-09", rag: "amber", text: "De evaluatie loopt vertraging op: nog niet alle scholen hebben de vragenlijst ingevuld." },
        ],
      },
      {
        title: "Verbeteren aandacht techniek in onderbouw vmbo",
        description: "Techniek krijgt een vaste plek in leerjaar 1 en 2, met praktijkopdrachten van bedrijven.",
        goals: [1],
        team: [
          { organisation: ETTY, role: "Teamleider onderbouw", lead: true },
          { organisation: ZONE, role: "Docent techniek" },
          { organisation: "ijsselkade-metaalbewerking-demo", role: "Leverancier praktijkopdrachten" },
        ],
        milestones: [
          { title: "Techniekmodule leerjaar 1 ingevoerd", dueOn: "2021-09-01", doneOn: "2021-09-01" },
          { title: "Praktijkopdrachten van drie bedrijven in leerjaar 2", dueOn: "2022-09-01", doneOn: "2022-10-12" },
        ],
        updates: [{ on: "2023-11-20", rag: "green", text: "Beide modules draaien; de bedrijven leveren elk schooljaar nieuwe opdrachten aan." }],
      },
      {
        title: "Verbeteren aandacht voor meer meiden in de techniek",
        description: "Rolmodellen, Girlsday en een meidenclub op de Technicampus.",
        goals: [1],
        team: [
          { organisation: PLATFORM, role: "Projectleider meiden in de techniek", lead: true },
          { organisation: ZONE, role: "Decaan" },
          { organisation: "stedendriehoek-robotica-demo", role: "Rolmodel robotica" },
        ],
        milestones: [
          { title: "Meidenclub techniek gestart", dueOn: "2022-02-01", doneOn: "2022-02-08" },
          { title: "Deelname aan Girlsday met vijf bedrijven", dueOn: "2023-04-13", doneOn: "2023-04-13" },
          { title: "Rolmodellenpool van tien technici", dueOn: "2024-03-01" },
        ],
        updates: [{ on: "2024-02-15", rag: "red", text: "Te weinig bedrijven leveren een rolmodel; we zoeken hulp via het Platform Techniek Stedendriehoek." }],
      },
      {
        title: "Verbeteren harde techniekprofielen bovenbouw",
        description: "Vernieuwing van de profielen Produceren, Installeren en Energie en Bouwen, Wonen en Interieur.",
        goals: [2],
        team: [
          { organisation: CAMPUS, role: "Opleidingscoördinator PIE", lead: true },
          { organisation: "salland-installatietechniek-demo", role: "Hybride docent installatietechniek" },
          { organisation: "deventer-bouwtechniek-demo", role: "Praktijkbegeleider bouw" },
        ],
        milestones: [
          { title: "Nieuwe keuzevakken PIE beschreven", dueOn: "2022-03-01", doneOn: "2022-02-20" },
          { title: "Examenprogramma BWI vernieuwd", dueOn: "2023-09-01", doneOn: "2023-08-28" },
        ],
        updates: [{ on: "2024-01-10", rag: "green", text: "De vernieuwde keuzevakken worden dit schooljaar voor het eerst gegeven." }],
      },
      {
        title: "Verbeteren techn(olog)isch aanbod in overige profielen",
        description: "Technologie in de niet-technische profielen, zoals zorg, economie en groen.",
        goals: [1, 2],
        team: [
          { organisation: ZONE, role: "Docent groen en technologie", lead: true },
          { organisation: "bathmen-agritechniek-demo", role: "Gastdocent agritechniek" },
        ],
        milestones: [
          { title: "Module slimme technologie in de zorg", dueOn: "2022-12-01", doneOn: "2023-01-20" },
          { title: "Keuzevak agritechniek voor het profiel Groen", dueOn: "2024-02-01" },
        ],
        updates: [{ on: "2023-12-04", rag: "amber", text: "Het keuzevak agritechniek wacht op goedkeuring van de examencommissie." }],
      },
      {
        title: "Professionaliseren docenten en instructeurs",
        description: "Bedrijfsstages en scholing voor docenten en instructeurs, ook over automatisering.",
        goals: [2],
        team: [
          { organisation: AVENTUS, role: "Teamleider techniek", lead: true },
          { organisation: CAMPUS, role: "Instructeur" },
          { organisation: "stedendriehoek-robotica-demo", role: "Trainer automatisering" },
        ],
        milestones: [
          { title: "Scholingsplan docenten vastgesteld", dueOn: "2021-03-01", doneOn: "2021-03-15" },
          { title: "Vijftien docenten liepen een bedrijfsstage", dueOn: "2023-07-01", doneOn: "2023-06-30" },
          { title: "Training robotica voor instructeurs", dueOn: "2024-06-01", doneOn: "2024-05-22" },
        ],
        updates: [{ on: "2024-05-30", rag: "green", text: "De robotica-training is afgerond; acht instructeurs hebben het certificaat." }],
      },
      {
        title: "Verbeteren facilitair aanbod Techniek",
        description: "Gedeelde praktijklokalen en machines op de Technicampus voor alle scholen.",
        goals: [2, 3],
        team: [
          { organisation: CAMPUS, role: "Facilitair manager", lead: true },
          { organisation: "voorster-machinebouw-demo", role: "Adviseur machinepark" },
        ],
        milestones: [
          { title: "Praktijklokaal metaal ingericht", dueOn: "2021-12-01", doneOn: "2022-01-15" },
          { title: "Roostersysteem voor gedeeld gebruik", dueOn: "2023-03-01", doneOn: "2023-02-27" },
          { title: "Lasrobot geïnstalleerd", dueOn: "2024-04-01" },
        ],
        updates: [{ on: "2024-03-18", rag: "amber", text: "De levering van de lasrobot is uitgesteld door de leverancier." }],
      },
      {
        title: "Verbeteren aansluiting vmbo op mbo",
        description: "Doorlopende leerlijnen van vmbo naar de techniekopleidingen van ROC Aventus.",
        goals: [1, 3],
        team: [
          { organisation: AVENTUS, role: "Coördinator doorstroom", lead: true },
          { organisation: ETTY, role: "Decaan" },
          { organisation: ZONE, role: "Loopbaanbegeleider" },
        ],
        milestones: [
          { title: "Doorstroomafspraken vmbo–mbo getekend", dueOn: "2021-10-01", doneOn: "2021-09-24" },
          { title: "Meeloopdagen mbo voor alle derdejaars", dueOn: "2023-02-01", doneOn: "2023-02-01" },
        ],
        updates: [{ on: "2023-10-02", rag: "green", text: "Alle derdejaars hebben een meeloopdag gehad bij een techniekopleiding." }],
      },
      {
        title: "Verbeteren samenwerking regionale bedrijfsleven",
        description: "Eén loket voor bedrijven die gastlessen, stages of praktijkopdrachten willen bieden.",
        goals: [3],
        team: [
          { organisation: PLATFORM, role: "Netwerkcoördinator", lead: true },
          { organisation: "twello-kunststof-en-techniek-demo", role: "Vertegenwoordiger bedrijven Twello" },
          { organisation: "ijsselkade-metaalbewerking-demo", role: "Vertegenwoordiger bedrijven Deventer" },
        ],
        milestones: [
          { title: "Bedrijvenloket open", dueOn: "2021-05-01", doneOn: "2021-05-01" },
          { title: "Zestig aangesloten bedrijven", dueOn: "2023-12-31", doneOn: "2023-11-30" },
          { title: "Afspraken voor na juli 2024 vastgelegd", dueOn: "2024-07-01" },
        ],
        updates: [{ on: "2024-06-12", rag: "amber", text: "De gesprekken over de periode na juli 2024 lopen; nog niet alle bedrijven hebben toegezegd." }],
      },
    ],
  },
  {
    slug: "mkb-deal-maakindustrie-utrecht-west",
    network: "mkb-deal-maakindustrie-utrecht-west",
    name: "MKB-deal Maakindustrie Utrecht-West",
    description:
      "Overheden, maakbedrijven en onderwijs werken samen aan genoeg goed opgeleide vakmensen voor het mkb in Utrecht-West, met drie vernieuwende onderwijsvormen waarin het mkb meestuurt. Ondertekend op 2 juli 2020.",
    funders: "Rijksoverheid (MKB-deal), Provincie Utrecht",
    startsOn: "2020-07-02",
    endsOn: "2024-12-31",
    goals: [
      { title: "Het mkb in Utrecht-West voorzien van voldoende en adequaat opgeleide vakmensen" },
      { title: "Een doorlopende leerlijn voor alle opleidingsniveaus, van basisschool tot zij-instromer" },
    ],
    projects: [
      {
        title: "Technohub Woerden (M.A.K.E. Center)",
        description: "Praktijkplek voor basisonderwijs, vmbo, havo/vwo en zij-instromers.",
        goals: [1, 2],
        team: [
          { organisation: "make-center", role: "Coördinator Technohub", lead: true },
          { organisation: "woerdens-techniek-talent", role: "Bestuur bedrijvenvereniging" },
          { organisation: "kiremko", role: "Gastdocent machinebouw" },
        ],
        milestones: [
          { title: "Technohub geopend", dueOn: "2021-09-01", doneOn: "2021-09-10" },
          { title: "Zij-instroomtraject voor vijftien kandidaten", dueOn: "2024-06-30" },
        ],
        updates: [{ on: "2024-05-02", rag: "amber", text: "Tien zij-instromers zijn gestart; de werving voor de overige plekken loopt." }],
      },
      {
        title: "Vakcentrum voor de maakindustrie (Nieuwegein)",
        description: "(Post)initieel mbo-onderwijs op de werkvloer, met OBM Midden-Nederland.",
        goals: [1],
        team: [
          { organisation: "vakcentrum-voor-de-maakindustrie", role: "Manager vakcentrum", lead: true },
          { organisation: "obm-midden-nederland", role: "Opleidingsadviseur" },
        ],
        milestones: [{ title: "Eerste cohort bbl-studenten gestart", dueOn: "2021-02-01", doneOn: "2021-02-01" }],
        updates: [{ on: "2024-02-20", rag: "green", text: "Het derde cohort is gestart met twintig bbl-studenten." }],
      },
      {
        title: "Makerspace Mijdrecht",
        description: "Maakplaats voor basisonderwijs en mavo/havo/vwo.",
        goals: [2],
        team: [{ organisation: "makerspace-mijdrecht", role: "Coördinator makerspace", lead: true }],
        milestones: [{ title: "Lesprogramma voor tien basisscholen", dueOn: "2023-06-30", doneOn: "2023-06-28" }],
        updates: [{ on: "2023-09-14", rag: "green", text: "Tien basisscholen komen elk jaar met hun groepen 7 en 8." }],
      },
    ],
  },
];

const at = (day: string) => new Date(`${day}T10:00:00+02:00`);

export async function seedDemoProgrammes(tx: Db, ids: { networks: Map<string, string>; organisations: Map<string, string> }) {
  const id = (map: Map<string, string>, key: string) => {
    const v = map.get(key);
    if (!v) throw new Error(`Demo programmes refer to an unknown slug: ${key}`);
    return v;
  };
  for (const p of DEMO_PROGRAMMES) {
    const [row] = await tx
      .insert(programme)
      .values({ networkId: id(ids.networks, p.network), slug: p.slug, name: p.name, description: p.description, funders: p.funders, startsOn: p.startsOn, endsOn: p.endsOn })
      .returning({ id: programme.id });
    const goals = await tx
      .insert(programmeGoal)
      .values(p.goals.map((g, i) => ({ programmeId: row!.id, position: i + 1, title: g.title, indicator: g.indicator ?? null, target: g.target ?? null })))
      .returning({ id: programmeGoal.id, position: programmeGoal.position });
    const goalId = new Map(goals.map((g) => [g.position, g.id]));
    const projects = await tx
      .insert(project)
      .values(p.projects.map((pr, i) => ({ programmeId: row!.id, position: i + 1, title: pr.title, description: pr.description })))
      .returning({ id: project.id, position: project.position });
    const projectId = new Map(projects.map((x) => [x.position, x.id]));
    const each = <T>(f: (pr: DemoProject, pid: string) => T[]) => p.projects.flatMap((pr, i) => f(pr, projectId.get(i + 1)!));
    await tx.insert(projectGoal).values(each((pr, pid) => pr.goals.map((g) => ({ projectId: pid, goalId: goalId.get(g)! }))));
    await tx
      .insert(projectTeamMember)
      .values(each((pr, pid) => pr.team.map((s) => ({ projectId: pid, organisationId: id(ids.organisations, s.organisation), role: s.role, isLead: s.lead ?? false }))));
    await tx.insert(milestone).values(
      each((pr, pid) =>
        pr.milestones.map((m) => ({ projectId: pid, title: m.title, dueOn: m.dueOn, status: m.doneOn ? ("done" as const) : ("planned" as const), doneAt: m.doneOn ? at(m.doneOn) : null })),
      ),
    );
    await tx.insert(progressUpdate).values(each((pr, pid) => pr.updates.map((u) => ({ projectId: pid, text: u.text, rag: u.rag, createdAt: at(u.on) }))));
  }
}
