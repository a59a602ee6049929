import { describe, expect, it } from "vitest";
import { SAVED_MATRIX } from "@/lib/threats/libraries/results";
import { computeMatrix, type Matrix } from "@/lib/threats/libraries/run";

// The page shows what `npm run matrix` wrote. This runs the libraries again: a new version of one
// that accepts or refuses anything differently (or says why in other words) fails here, and
// `npm run matrix` brings the page up to date.
describe("the JWT library matrix (/threats/libraries)", () => {
  let computed: Matrix;

  it("is what the installed libraries do today", async () => {
    computed = await computeMatrix();
    expect(computed).toEqual({ cases: SAVED_MATRIX.cases, libraries: SAVED_MATRIX.libraries });
  });

  it("covers every attack of the range, each against every library", () => {
    expect(computed.cases.length).toBeGreaterThan(30);
    for (const library of computed.libraries)
      expect(Object.keys(library.rows)).toEqual(computed.cases.map((c) => c.id));
  });

  it("names only options the library has, and only where the careful call refuses", () => {
    for (const library of computed.libraries) {
      const options = new Set(library.options.map((o) => o.id));
      for (const row of Object.values(library.rows)) {
        for (const option of row.closedBy) expect(options).toContain(option);
        if (row.closedBy.length > 0) expect(row.careful.accepted).toBe(false);
      }
    }
  });

  it("finds the holes it is there to show: a quick-start that takes another audience's token", () => {
    // jsonwebtoken's quick-start checks no audience; its `audience` option closes that.
    const row = computed.libraries.find((l) => l.id === "jsonwebtoken")!.rows.pass_as_access!;
    expect(row).toMatchObject({ quickStart: { accepted: true }, careful: { accepted: false } });
    expect(row.closedBy).toEqual(["audience"]);
  });
});
