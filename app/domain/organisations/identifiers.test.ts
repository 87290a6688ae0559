import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseBranchNumber, normaliseBrin, normaliseBrinWithBranch, normaliseKvk } from "./identifiers.ts";

describe("organisation identifiers", () => {
  it("reads a KvK number of exactly 8 digits, with spaces, dots or a dash as typed", () => {
    expect(normaliseKvk("12345678")).toBe("12345678");
    expect(normaliseKvk("1234 5678")).toBe("12345678");
    expect(normaliseKvk("12.34.56.78")).toBe("12345678");
    expect(normaliseKvk(" 30-123456 ")).toBe("30123456");
    for (const wrong of ["1234567", "123456789", "1234567a", "", "KVK30123456", "3012/3456"]) expect(normaliseKvk(wrong)).toBeNull();
  });

  it("accepts every 8-digit string and nothing of another length", () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9]{8}$/), (kvk) => normaliseKvk(kvk) === kvk));
    fc.assert(fc.property(fc.stringMatching(/^[0-9]{1,20}$/).filter((s) => s.length !== 8), (digits) => normaliseKvk(digits) === null));
  });

  it("reads a BRIN as 2 digits and 2 letters or digits, upper-cased", () => {
    expect(normaliseBrin("25lp")).toBe("25LP");
    expect(normaliseBrin("12A3")).toBe("12A3");
    for (const wrong of ["A5LP", "25L", "25LPX", "25-P"]) expect(normaliseBrin(wrong)).toBeNull();
    fc.assert(fc.property(fc.stringMatching(/^[0-9]{2}[A-Za-z0-9]{2}$/), (brin) => normaliseBrin(brin) === brin.toUpperCase()));
    // Whatever is accepted is stored in the form the database's check allows.
    fc.assert(fc.property(fc.string({ maxLength: 8 }), (text) => {
      const brin = normaliseBrin(text);
      return brin === null || /^[0-9]{2}[A-Z0-9]{2}$/.test(brin);
    }));
  });

  it("reads a vestigingsnummer of 2 digits, putting back the zero a spreadsheet dropped", () => {
    expect(normaliseBranchNumber("01")).toBe("01");
    expect(normaliseBranchNumber("1")).toBe("01");
    expect(normaliseBranchNumber("123")).toBeNull();
    expect(normaliseBranchNumber("a1")).toBeNull();
    fc.assert(fc.property(fc.string({ maxLength: 6 }), (text) => {
      const branch = normaliseBranchNumber(text);
      return branch === null || /^[0-9]{2}$/.test(branch);
    }));
  });

  it("reads a BRIN with the vestigingsnummer written after it, as a federation sends it", () => {
    expect(normaliseBrinWithBranch("11ZZ")).toEqual({ brin: "11ZZ", branchNumber: null });
    expect(normaliseBrinWithBranch("11zz03")).toEqual({ brin: "11ZZ", branchNumber: "03" });
    expect(normaliseBrinWithBranch(" 25 LP ")).toEqual({ brin: "25LP", branchNumber: null });
    for (const wrong of ["11ZZ3", "11ZZ0A", "11ZZ003", "A1ZZ03", ""]) expect(normaliseBrinWithBranch(wrong)).toBeNull();
    // It agrees with the two parts read one by one.
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{2}[A-Za-z0-9]{2}$/), fc.option(fc.stringMatching(/^[0-9]{2}$/)), (brin, branch) => {
        const read = normaliseBrinWithBranch(`${brin}${branch ?? ""}`);
        return read?.brin === normaliseBrin(brin) && read.branchNumber === (branch === null ? null : normaliseBranchNumber(branch));
      }),
    );
  });
});
