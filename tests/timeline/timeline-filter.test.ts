import { describe, expect, it } from "vitest";
import { filterFromParams, filterToParams, NO_FILTER } from "../../sync-service/src/timeline/view-model/timeline-filter";

describe("the filter in the URL", () => {
  it("reads every parameter the page writes", () => {
    const filter = filterFromParams(new URLSearchParams("focal=ILO&location=Geneva&q=labour+migration&from=2017-01&to=2017-12&rcp=1&status=tentative"));
    expect(filter).toEqual({ focal: "ILO", location: "Geneva", q: "labour migration", from: "2017-01", to: "2017-12", rcp: true, status: "tentative" });
  });

  it("writes only what is set, and reads back the same filter", () => {
    const filter = { ...NO_FILTER, focal: "UN Women", q: "gender", from: "2017-02" };
    const params = filterToParams(filter);
    expect(params.toString()).toBe("focal=UN+Women&q=gender&from=2017-02");
    expect(filterFromParams(params)).toEqual(filter);
    expect(filterToParams(NO_FILTER).toString()).toBe("");
  });

  it("ignores malformed values instead of failing the page", () => {
    const filter = filterFromParams(new URLSearchParams("status=maybe&from=2017-13&to=17-01&rcp=yes&focal=%20%20"));
    expect(filter).toEqual(NO_FILTER);
  });

  it("puts a reversed window the right way round", () => {
    const filter = filterFromParams(new URLSearchParams("from=2018-03&to=2017-06"));
    expect([filter.from, filter.to]).toEqual(["2017-06", "2018-03"]);
  });
});
