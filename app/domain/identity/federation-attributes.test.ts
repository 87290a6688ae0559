import { describe, expect, it } from "vitest";
import {
  affiliationOf,
  attributeName,
  attributeValues,
  federationAttributePassThrough,
  parseBrin,
  parseDomain,
  pickSchool,
  placeInSchool,
  readFederationAttributes,
  samlAttributesOf,
} from "./federation-attributes.ts";

/** A teacher as Entree Federatie sends one, with mail released by the school. */
const entreeTeacher = {
  uid: "qj7cks8qdz9ph54@petteflat",
  givenName: "Piet",
  sn: "Pukkelen",
  eduPersonAffiliation: "employee",
  nlEduPersonHomeOrganizationId: "11ZZ",
  nlEduPersonHomeOrganization: "Petteflat College",
  mail: "P.Pukkelen@Petteflat.nl",
};

/** A lecturer as SURFconext sends one, in the SAML 2 OID spelling. */
const surfLecturer = {
  "urn:oid:0.9.2342.19200300.100.1.3": "docent@roc-utrecht.nl",
  "urn:oid:2.5.4.42": "Anna",
  "urn:oid:2.5.4.4": "de Vries",
  "urn:oid:1.3.6.1.4.1.5923.1.1.1.1": ["member", "employee"],
  "urn:oid:1.3.6.1.4.1.25178.1.2.9": "ROC-Utrecht.nl",
};

describe("attribute names", () => {
  it("reads the bare name, the SAML 1 style URN and the OID as one attribute", () => {
    expect(attributeName("mail")).toBe("mail");
    expect(attributeName("urn:mace:dir:attribute-def:mail")).toBe("mail");
    expect(attributeName("urn:oid:0.9.2342.19200300.100.1.3")).toBe("mail");
    expect(attributeName("urn:mace:terena.org:attribute-def:schacHomeOrganization")).toBe("schacHomeOrganization");
    expect(attributeName("urn:oid:1.2.3.4")).toBe("urn:oid:1.2.3.4");
    expect(attributeName("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress")).toBe("mail");
  });

  it("keeps only strings and lists of strings of what better-auth hands on", () => {
    expect(samlAttributesOf({ mail: "a@b.nl", eduPersonAffiliation: ["employee", 3], id: 7, nested: { a: 1 } })).toEqual({
      mail: "a@b.nl",
      eduPersonAffiliation: ["employee"],
    });
  });

  it("collects every value of every spelling once, trimmed", () => {
    const values = attributeValues(
      { eduPersonAffiliation: [" employee ", ""], "urn:mace:dir:attribute-def:eduPersonAffiliation": ["employee", "member"] },
      "eduPersonAffiliation",
    );
    expect(values).toEqual(["employee", "member"]);
  });
});

describe("BRIN from the federation", () => {
  it("reads four characters, or six with the vestigingsnummer", () => {
    expect(parseBrin("11ZZ")).toEqual({ brin: "11ZZ", branchNumber: null });
    expect(parseBrin("11zz03")).toEqual({ brin: "11ZZ", branchNumber: "03" });
    expect(parseBrin(" 25 LP ")).toEqual({ brin: "25LP", branchNumber: null });
    expect(parseBrin("00A1")).toEqual({ brin: "00A1", branchNumber: null });
  });

  it.each(["1ZZ", "A1ZZ", "11ZZ0", "11ZZ0A", "11ZZ001", "", "11-ZZ"])("refuses %j", (value) => {
    expect(parseBrin(value)).toBeNull();
  });
});

describe("domains", () => {
  it("lower-cases a domain and refuses what is not one", () => {
    expect(parseDomain("ROC-Utrecht.nl")).toBe("roc-utrecht.nl");
    expect(parseDomain("uu.nl.")).toBe("uu.nl");
    expect(parseDomain("localhost")).toBeNull();
    expect(parseDomain("-bad.nl")).toBeNull();
    expect(parseDomain("a b.nl")).toBeNull();
  });
});

describe("affiliation", () => {
  it("lets staff in, whatever else they are", () => {
    expect(affiliationOf(["employee"])).toBe("staff");
    expect(affiliationOf(["student", "staff"])).toBe("staff");
    expect(affiliationOf(["member", "faculty"])).toBe("staff");
    expect(affiliationOf(["Employee@roc-utrecht.nl"])).toBe("staff");
  });

  it("tells a pupil or student and anyone else apart, and nothing from no value", () => {
    expect(affiliationOf(["student"])).toBe("student");
    expect(affiliationOf(["member", "student"])).toBe("student");
    expect(affiliationOf(["affiliate"])).toBe("other");
    expect(affiliationOf([])).toBeNull();
  });
});

describe("reading a person from Entree Federatie", () => {
  it("finds the school by BRIN, with the address lower-cased and the full name", () => {
    expect(readFederationAttributes(entreeTeacher, "entree")).toEqual({
      ok: true,
      profile: {
        email: "p.pukkelen@petteflat.nl",
        name: "Piet Pukkelen",
        organisationName: "Petteflat College",
        organisationKey: { kind: "brin", brin: "11ZZ", branchNumber: null },
      },
    });
  });

  it("keeps the vestigingsnummer of a six-character BRIN", () => {
    const reading = readFederationAttributes({ ...entreeTeacher, nlEduPersonHomeOrganizationId: "11ZZ03" }, "entree");
    expect(reading.ok && reading.profile.organisationKey).toEqual({ kind: "brin", brin: "11ZZ", branchNumber: "03" });
  });

  it("refuses a pupil, saying which school sent them", () => {
    expect(readFederationAttributes({ ...entreeTeacher, eduPersonAffiliation: "student" }, "entree")).toEqual({
      ok: false,
      refusal: "student",
      organisationName: "Petteflat College",
    });
  });

  it("refuses an affiliate, someone without an affiliation and someone without a released address", () => {
    const refusal = (attributes: Record<string, string | undefined>) => {
      const reading = readFederationAttributes(attributes, "entree");
      return reading.ok ? null : reading.refusal;
    };
    expect(refusal({ ...entreeTeacher, eduPersonAffiliation: "affiliate" })).toBe("not_staff");
    expect(refusal({ ...entreeTeacher, eduPersonAffiliation: undefined })).toBe("affiliation_missing");
    expect(refusal({ ...entreeTeacher, mail: undefined })).toBe("email_missing");
    expect(refusal({ ...entreeTeacher, mail: "not an address" })).toBe("email_missing");
  });

  it("does not guess a school from the mail domain when the BRIN is missing or malformed", () => {
    for (const brin of [undefined, "ZZ11"]) {
      const reading = readFederationAttributes({ ...entreeTeacher, nlEduPersonHomeOrganizationId: brin }, "entree");
      expect(reading).toEqual({ ok: false, refusal: "organisation_missing", organisationName: "Petteflat College" });
    }
  });

  it("falls back to the first name or the display name", () => {
    const onlyGiven = readFederationAttributes({ ...entreeTeacher, sn: undefined }, "entree");
    expect(onlyGiven.ok && onlyGiven.profile.name).toBe("Piet");
    const display = readFederationAttributes(
      { ...entreeTeacher, sn: undefined, givenName: undefined, displayName: "P. Pukkelen" },
      "entree",
    );
    expect(display.ok && display.profile.name).toBe("P. Pukkelen");
  });
});

describe("reading a person from SURFconext", () => {
  it("finds the institution by schacHomeOrganization", () => {
    expect(readFederationAttributes(surfLecturer, "surfconext")).toEqual({
      ok: true,
      profile: {
        email: "docent@roc-utrecht.nl",
        name: "Anna de Vries",
        organisationName: null,
        organisationKey: { kind: "domain", domain: "roc-utrecht.nl" },
      },
    });
  });

  it("ignores a BRIN a SURFconext IdP might pass along, and falls back to the scoped affiliation, then the address", () => {
    const withBrin = readFederationAttributes({ ...surfLecturer, nlEduPersonHomeOrganizationId: "11ZZ" }, "surfconext");
    expect(withBrin.ok && withBrin.profile.organisationKey).toEqual({ kind: "domain", domain: "roc-utrecht.nl" });
    const scoped = readFederationAttributes(
      {
        ...surfLecturer,
        "urn:oid:1.3.6.1.4.1.25178.1.2.9": undefined,
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.9": "employee@hu.nl",
      },
      "surfconext",
    );
    expect(scoped.ok && scoped.profile.organisationKey).toEqual({ kind: "domain", domain: "hu.nl" });
    const byMail = readFederationAttributes({ ...surfLecturer, "urn:oid:1.3.6.1.4.1.25178.1.2.9": undefined }, "surfconext");
    expect(byMail.ok && byMail.profile.organisationKey).toEqual({ kind: "domain", domain: "roc-utrecht.nl" });
  });

  it("refuses a student", () => {
    const reading = readFederationAttributes(
      { ...surfLecturer, "urn:oid:1.3.6.1.4.1.5923.1.1.1.1": ["member", "student"] },
      "surfconext",
    );
    expect(reading.ok ? null : reading.refusal).toBe("student");
  });
});

describe("reading a person from a company's own SAML IdP", () => {
  it("needs no affiliation and takes the organisation from the address", () => {
    const reading = readFederationAttributes({ email: "monteur@vdl.nl", displayName: "Monteur" }, "saml");
    expect(reading).toEqual({
      ok: true,
      profile: {
        email: "monteur@vdl.nl",
        name: "Monteur",
        organisationName: null,
        organisationKey: { kind: "domain", domain: "vdl.nl" },
      },
    });
  });
});

describe("the school a BRIN names", () => {
  const whole = { id: "whole", brin: "11ZZ", branchNumber: null };
  const loc1 = { id: "loc1", brin: "11ZZ", branchNumber: "01" };
  const loc2 = { id: "loc2", brin: "11ZZ", branchNumber: "02" };
  const other = { id: "other", brin: "22AA", branchNumber: null };

  it("picks the location of a vestigingsnummer, else the whole school", () => {
    expect(pickSchool([whole, loc1, other], { brin: "11ZZ", branchNumber: "01" })).toBe("loc1");
    expect(pickSchool([whole, loc1, other], { brin: "11ZZ", branchNumber: "03" })).toBe("whole");
    expect(pickSchool([whole, loc1, other], { brin: "11ZZ", branchNumber: null })).toBe("whole");
  });

  it("takes a school's only location for a bare BRIN, and does not guess among several", () => {
    expect(pickSchool([loc1, other], { brin: "11ZZ", branchNumber: null })).toBe("loc1");
    expect(pickSchool([loc1, loc2], { brin: "11ZZ", branchNumber: null })).toBeNull();
    expect(pickSchool([loc1, loc2], { brin: "11ZZ", branchNumber: "03" })).toBeNull();
    expect(pickSchool([other], { brin: "11ZZ", branchNumber: null })).toBeNull();
    // Two organisations holding the same number: refused, not a guess.
    const twin = { ...whole, id: "twin" };
    expect(pickSchool([whole, twin], { brin: "11ZZ", branchNumber: null })).toBeNull();
    expect(pickSchool([whole, twin, loc1], { brin: "11ZZ", branchNumber: "01" })).toBe("loc1");
    expect(pickSchool([loc1, { ...loc1, id: "loc1-twin" }, whole], { brin: "11ZZ", branchNumber: "01" })).toBeNull();
  });
});

describe("placing in a school", () => {
  const whole = { id: "whole", brin: "11ZZ", branchNumber: null, verified: true };
  const loc1 = { id: "loc1", brin: "11ZZ", branchNumber: "01", verified: false };

  it("counts only organisations the platform verified, and says when the match is unverified", () => {
    expect(placeInSchool([whole, loc1], { brin: "11ZZ", branchNumber: null })).toEqual({ ok: true, organisationId: "whole" });
    // The unverified location does not take its staff; the verified school as a whole does.
    expect(placeInSchool([whole, loc1], { brin: "11ZZ", branchNumber: "01" })).toEqual({ ok: true, organisationId: "whole" });
    expect(placeInSchool([loc1], { brin: "11ZZ", branchNumber: "01" })).toEqual({ ok: false, refusal: "unverified_school" });
    expect(placeInSchool([{ ...whole, verified: false }], { brin: "11ZZ", branchNumber: null })).toEqual({ ok: false, refusal: "unverified_school" });
    expect(placeInSchool([whole], { brin: "22AA", branchNumber: null })).toEqual({ ok: false, refusal: "unknown_school" });
    expect(placeInSchool([], { brin: "11ZZ", branchNumber: null })).toEqual({ ok: false, refusal: "unknown_school" });
  });
});

describe("passing the attributes on through better-auth", () => {
  it("names every spelling of the attributes read here after itself", () => {
    const fields = federationAttributePassThrough();
    expect(fields["nlEduPersonHomeOrganizationId"]).toBe("nlEduPersonHomeOrganizationId");
    expect(fields["urn:mace:dir:attribute-def:mail"]).toBe("urn:mace:dir:attribute-def:mail");
    expect(fields["urn:oid:1.3.6.1.4.1.25178.1.2.9"]).toBe("urn:oid:1.3.6.1.4.1.25178.1.2.9");
    // What is passed on reads back as the same person.
    const passed = Object.fromEntries(Object.keys(fields).flatMap((k) => (k in surfLecturer ? [[k, surfLecturer[k as keyof typeof surfLecturer]]] : [])));
    expect(readFederationAttributes(passed, "surfconext")).toEqual(readFederationAttributes(surfLecturer, "surfconext"));
  });
});
