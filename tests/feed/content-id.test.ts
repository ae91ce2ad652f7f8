// Content ids for file publishing: deterministic, insensitive to case and spacing, unique in a file.
import { describe, expect, it } from "vitest";
import { contentId, contentIds, fnv1a64 } from "../../sync-service/src/mapping/feed/content-id";

describe("fnv1a64", () => {
  it("matches the published FNV-1a 64-bit test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });
});

describe("contentId", () => {
  it("is the same for the same title and date text, whatever the case and spacing", () => {
    const id = contentId("IOM Council", "November 29 - December 2, 2016");
    expect(id).toMatch(/^row-[0-9a-f]{16}$/);
    expect(contentId("  iom   council ", "november 29 - december 2, 2016")).toBe(id);
  });

  it("changes when the title or the date text changes", () => {
    const id = contentId("IOM Council", "November 2016");
    expect(contentId("IOM Council", "December 2016")).not.toBe(id);
    expect(contentId("IOM Council (special)", "November 2016")).not.toBe(id);
  });

  it("numbers repeats of the same row so ids stay unique", () => {
    const ids = contentIds([
      { title: "Forum", dateText: "May 2017" },
      { title: "Other", dateText: "May 2017" },
      { title: "forum", dateText: "May  2017" },
      { title: "Forum", dateText: "May 2017" },
    ]);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(ids[3]).toBe(`${ids[0]}-3`);
    expect(new Set(ids).size).toBe(4);
  });
});
