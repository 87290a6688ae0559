import { describe, expect, it } from "vitest";
import { requestStanding } from "./request-standing.ts";

describe("requestStanding", () => {
  it("is a visitor's when nobody is signed in, whatever else is known", () => {
    expect(requestStanding({ signedIn: false, organisationKinds: [] })).toBe("visitor");
    expect(requestStanding({ signedIn: false, organisationKinds: ["school"] })).toBe("visitor");
  });

  it("tells someone signed in without any organisation to add a school", () => {
    expect(requestStanding({ signedIn: true, organisationKinds: [] })).toBe("noOrganisation");
  });

  it("tells a member of a company, provider, public body or fund that only a school's teacher requests", () => {
    expect(requestStanding({ signedIn: true, organisationKinds: ["company"] })).toBe("notASchool");
    expect(requestStanding({ signedIn: true, organisationKinds: ["provider", "public_body"] })).toBe("notASchool");
    expect(requestStanding({ signedIn: true, organisationKinds: ["fund"] })).toBe("notASchool");
  });

  it("makes anyone who also belongs to a school a teacher (a hybrid teacher works at a company and a school)", () => {
    expect(requestStanding({ signedIn: true, organisationKinds: ["school"] })).toBe("teacher");
    expect(requestStanding({ signedIn: true, organisationKinds: ["company", "school"] })).toBe("teacher");
  });
});
