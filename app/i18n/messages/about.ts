/** The about area: the accessibility statement (toegankelijkheidsverklaring) at /toegankelijkheid. */
export const about = {
  nl: {
    "about.statement.title": "Toegankelijkheidsverklaring",
    "about.statement.intro":
      "Technohub wil dat iedereen dit platform kan gebruiken, ook wie slecht ziet, niet met een muis werkt, een schermlezer of vergroting gebruikt of moeite heeft met lezen. Daarom volgen wij de toegankelijkheidseisen die ook voor overheidswebsites gelden.",
    "about.statement.scope.heading": "Waarvoor deze verklaring geldt",
    "about.statement.scope.site": "Deze verklaring geldt voor alle pagina's van {site}, ook de pagina's achter het inloggen en de bestanden die u er kunt downloaden.",
    "about.statement.scope.noSite": "Deze verklaring geldt voor alle pagina's van dit Technohub-platform, ook de pagina's achter het inloggen en de bestanden die u er kunt downloaden.",
    "about.statement.status.heading": "Nalevingsstatus",
    "about.statement.status.value": "Status {status}: {label}",
    "about.statement.status.A": "voldoet volledig",
    "about.statement.status.B": "voldoet gedeeltelijk",
    "about.statement.status.C": "eerste maatregelen genomen",
    "about.statement.status.D": "geen maatregelen genomen",
    "about.statement.status.E": "voldoet niet",
    "about.statement.status.explainC":
      "Wij hebben het platform zelf getest en de gevonden problemen opgelost of hieronder beschreven. Een volledig onderzoek door een deskundige volgens de onderzoeksmethode WCAG-EM is nog niet gedaan; dat is gepland vóór {date}.",
    "about.statement.status.explainOther": "De status volgt uit het model van DigiToegankelijk: of er een volledig en actueel onderzoek is en hoeveel eisen het platform haalt.",
    "about.statement.standard.heading": "Welke eisen wij volgen",
    "about.statement.standard.body":
      "De norm is {standard}: de 50 succescriteria van niveau A en AA van de Web Content Accessibility Guidelines, zoals de Europese norm EN 301 549 en het Besluit digitale toegankelijkheid overheid ze voorschrijven.",
    "about.statement.method.heading": "Hoe wij het platform hebben onderzocht",
    "about.statement.method.automated": "Elke pagina die onze geautomatiseerde tests tonen, wordt gecontroleerd met axe-core op de WCAG 2.1 A- en AA-regels, ook pagina's met foutmeldingen.",
    "about.statement.method.secondEngine":
      "Een tweede controle op dezelfde pagina's let op wat axe niet ziet: dubbele id's, verwijzingen naar labels en beschrijvingen die niet bestaan, links binnen de pagina die nergens heen gaan, overgeslagen kopniveaus en de taal van de pagina. Daarnaast controleert een tweede, onafhankelijk programma (HTML_CodeSniffer, WCAG 2.1 AA) de belangrijkste pagina's voor elke rol, op 1280 en 390 pixels breed.",
    "about.statement.method.keyboard": "De belangrijkste taken (zoeken, inloggen, een formulier versturen met en zonder fouten) zijn met alleen het toetsenbord uitgevoerd.",
    "about.statement.method.narrow": "Pagina's zijn bekeken op een scherm van 390 pixels breed en op 1280 pixels, zonder horizontaal te hoeven scrollen.",
    "about.statement.method.noScript": "Elk formulier werkt ook zonder JavaScript; dat wordt getest.",
    "about.statement.limitations.heading": "Wat nog niet (helemaal) toegankelijk is",
    "about.statement.limitation.map":
      "De kaart bij de netwerken: de kaartachtergrond heeft geen tekstalternatief. De markeringen hebben een naam en zijn met het toetsenbord te bereiken, en dezelfde netwerken staan in de lijst naast de kaart.",
    "about.statement.limitation.chart": "De grafieken van de regionale monitor: dezelfde cijfers staan in de tabel naast de grafiek.",
    "about.statement.limitation.pdf":
      "De pdf-versie van de impactrapportage is niet getest op toegankelijkheid (PDF/UA). Dezelfde gegevens staan op de pagina zelf en in het Excel-bestand.",
    "about.statement.limitation.editorContent":
      "Teksten en afbeeldingen die coördinatoren en organisaties zelf plaatsen (nieuws, tips, profielen): wij vragen om een beschrijving bij elke afbeelding, maar kunnen niet garanderen dat die er altijd is.",
    "about.statement.contact.heading": "Contact en klachten",
    "about.statement.contact.email.one":
      "Loopt u tegen een probleem aan, of wilt u iets melden over de toegankelijkheid? Mail dan naar {email}. Wij reageren binnen één werkdag.",
    "about.statement.contact.email.other":
      "Loopt u tegen een probleem aan, of wilt u iets melden over de toegankelijkheid? Mail dan naar {email}. Wij reageren binnen {count} werkdagen.",
    "about.statement.contact.noEmail.one":
      "Loopt u tegen een probleem aan, of wilt u iets melden over de toegankelijkheid? Neem dan contact op met de organisatie die dit platform beheert. Wij reageren binnen één werkdag.",
    "about.statement.contact.noEmail.other":
      "Loopt u tegen een probleem aan, of wilt u iets melden over de toegankelijkheid? Neem dan contact op met de organisatie die dit platform beheert. Wij reageren binnen {count} werkdagen.",
    "about.statement.complaint.heading": "Niet tevreden?",
    "about.statement.complaint.body":
      "Bent u niet tevreden over ons antwoord of over hoe wij uw klacht hebben behandeld? Dan kunt u terecht bij de Nationale ombudsman of de ombudsman van uw gemeente. Gaat het om ongelijke behandeling vanwege een handicap, dan kunt u ook naar het College voor de Rechten van de Mens.",
    "about.statement.complaint.ombudsman": "Nationale ombudsman",
    "about.statement.complaint.rights": "College voor de Rechten van de Mens",
    "about.statement.date.heading": "Datum",
    "about.statement.date.body": "Deze verklaring is opgesteld en voor het laatst herzien op {date}.",
  },
  en: {
    "about.statement.title": "Accessibility statement",
    "about.statement.intro":
      "Technohub wants everyone to be able to use this platform, including people with low vision, people who do not use a mouse, people who use a screen reader or magnification and people who find reading hard. That is why we follow the accessibility requirements that apply to government websites.",
    "about.statement.scope.heading": "What this statement covers",
    "about.statement.scope.site": "This statement covers every page of {site}, including the pages behind signing in and the files you can download there.",
    "about.statement.scope.noSite": "This statement covers every page of this Technohub platform, including the pages behind signing in and the files you can download there.",
    "about.statement.status.heading": "Compliance status",
    "about.statement.status.value": "Status {status}: {label}",
    "about.statement.status.A": "fully compliant",
    "about.statement.status.B": "partially compliant",
    "about.statement.status.C": "first measures taken",
    "about.statement.status.D": "no measures taken",
    "about.statement.status.E": "not compliant",
    "about.statement.status.explainC":
      "We tested the platform ourselves and fixed the problems we found or describe them below. A complete evaluation by an expert following the WCAG-EM methodology has not been done yet; it is planned before {date}.",
    "about.statement.status.explainOther": "The status follows from the DigiToegankelijk model: whether there is a complete, current evaluation and how many requirements the platform meets.",
    "about.statement.standard.heading": "The requirements we follow",
    "about.statement.standard.body":
      "The standard is {standard}: the 50 success criteria of levels A and AA of the Web Content Accessibility Guidelines, as required by the European standard EN 301 549 and the Dutch Temporary Decree on Digital Accessibility of Government.",
    "about.statement.method.heading": "How we evaluated the platform",
    "about.statement.method.automated": "Every page our automated tests show is checked with axe-core against the WCAG 2.1 A and AA rules, pages with error messages included.",
    "about.statement.method.secondEngine":
      "A second check on the same pages looks for what axe does not see: duplicate ids, references to labels and descriptions that do not exist, links within the page that lead nowhere, skipped heading levels and the language of the page. A second, independent tool (HTML_CodeSniffer, WCAG 2.1 AA) also checks the main pages for every role, 1280 and 390 pixels wide.",
    "about.statement.method.keyboard": "The main tasks (searching, signing in, sending a form with and without errors) were carried out with the keyboard alone.",
    "about.statement.method.narrow": "Pages were viewed on a screen 390 pixels wide and at 1280 pixels, without having to scroll sideways.",
    "about.statement.method.noScript": "Every form also works without JavaScript; this is tested.",
    "about.statement.limitations.heading": "What is not (fully) accessible yet",
    "about.statement.limitation.map":
      "The map of the networks: the map background has no text alternative. The markers have a name and can be reached with the keyboard, and the same networks are in the list beside the map.",
    "about.statement.limitation.chart": "The charts of the regional monitor: the same figures are in the table beside the chart.",
    "about.statement.limitation.pdf":
      "The PDF version of the impact report has not been tested for accessibility (PDF/UA). The same data is on the page itself and in the Excel file.",
    "about.statement.limitation.editorContent":
      "Texts and images that coordinators and organisations publish themselves (news, tips, profiles): we ask for a description with every image but cannot guarantee there always is one.",
    "about.statement.contact.heading": "Contact and complaints",
    "about.statement.contact.email.one":
      "Do you run into a problem, or do you want to report something about accessibility? Please e-mail {email}. We answer within one working day.",
    "about.statement.contact.email.other":
      "Do you run into a problem, or do you want to report something about accessibility? Please e-mail {email}. We answer within {count} working days.",
    "about.statement.contact.noEmail.one":
      "Do you run into a problem, or do you want to report something about accessibility? Please contact the organisation that runs this platform. We answer within one working day.",
    "about.statement.contact.noEmail.other":
      "Do you run into a problem, or do you want to report something about accessibility? Please contact the organisation that runs this platform. We answer within {count} working days.",
    "about.statement.complaint.heading": "Not satisfied?",
    "about.statement.complaint.body":
      "Are you not satisfied with our answer or with how we handled your complaint? You can turn to the National Ombudsman or the ombudsman of your municipality. If it concerns unequal treatment because of a disability, you can also go to the Netherlands Institute for Human Rights.",
    "about.statement.complaint.ombudsman": "National Ombudsman (Nationale ombudsman)",
    "about.statement.complaint.rights": "Netherlands Institute for Human Rights (College voor de Rechten van de Mens)",
    "about.statement.date.heading": "Date",
    "about.statement.date.body": "This statement was drawn up and last reviewed on {date}.",
  },
} as const;
