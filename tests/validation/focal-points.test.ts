import { describe, expect, it } from "vitest";
import {
  canonicalFocalPoint,
  FOCAL_POINTS,
  nearestFocalPoint,
} from "../../sync-service/src/mapping/validation/focal-point-directory";
import { issuesOf, standardSheet } from "../support/mapping-sheet";

describe("the focal point list", () => {
  it("covers the organisations of the sample and the usual UN family", () => {
    const names = FOCAL_POINTS.map((f) => f.name);
    for (const name of ["ILO", "GFMD", "OHCHR", "World Bank", "DESA", "IOM", "UN Women", "UNIDO", "UNODC", "UNHCR", "UNDP", "UNICEF", "UNFPA", "WHO", "UNCTAD", "UNESCO", "UNITAR", "OECD", "EU", "AU"]) {
      expect(names).toContain(name);
    }
  });

  it("has no spelling claimed by two focal points", () => {
    const seen = new Map<string, string>();
    for (const f of FOCAL_POINTS) {
      for (const s of [f.name, ...f.aliases]) {
        const key = s.toLowerCase();
        expect(seen.get(key) ?? f.name, `"${s}"`).toBe(f.name);
        seen.set(key, f.name);
      }
    }
  });

  it("normalises aliases whatever their case and spacing", () => {
    expect(canonicalFocalPoint("un  desa")).toBe("DESA");
    expect(canonicalFocalPoint("International Organization for Migration")).toBe("IOM");
    expect(canonicalFocalPoint("World Bank Group")).toBe("World Bank");
    expect(canonicalFocalPoint("UNDESA")).toBeNull();
  });

  it("suggests the nearest known focal point for a near miss, nothing for a stranger", () => {
    expect(nearestFocalPoint("UNDESA")).toBe("DESA");
    expect(nearestFocalPoint("UN Woman")).toBe("UN Women");
    expect(nearestFocalPoint("Wrold Bank")).toBe("World Bank");
    expect(nearestFocalPoint("Internatonal Labour Organisation")).toBe("ILO");
    expect(nearestFocalPoint("Government of Bangladesh")).toBeNull();
  });
});

describe("unknown-focal-point", () => {
  it("warns with the suggestion, once per unknown name", () => {
    const issues = issuesOf(standardSheet({ Event: "Coordination meeting", "Month/year": "February 16-17, 2017", "Focal Point": "UNDESA, IOM, Government of Bangladesh" }));
    expect(issues.map((i) => [i.column, i.code, i.severity, i.suggestion])).toEqual([
      ["Focal Point", "unknown-focal-point", "warning", "DESA"],
      ["Focal Point", "unknown-focal-point", "warning", null],
    ]);
    expect(issues[0].message).toBe('"UNDESA" is not a known focal point; did you mean "DESA"?');
    expect(issues[1].message).toContain('"Government of Bangladesh"');
  });

  it("accepts known names and aliases", () => {
    expect(issuesOf(standardSheet({ Event: "A", "Month/year": "2017", "Focal Point": "DESA; UN-DESA / ILO and UN Women" }))).toEqual([]);
  });
});
