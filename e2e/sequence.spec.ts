import type { Locator, Page } from "@playwright/test";
import type { Trace } from "@/lib/inspect/trace";
import { expect, logInThroughForm, test } from "./support/fixtures";

/**
 * The live sequence diagram is drawn from a trace; here it is checked against the trace itself,
 * read from the inspector's API: who takes part, in which order, with which query counts.
 */

const TARGET: Record<string, string | null> = {
  unseal_cookie: null,
  proxy_result: null,
  cookie_cache: null,
  verify_signature: "keys",
  store_lookup: "store",
  revocation_check: "denylist",
};

/** The arrows a trace must be drawn with: request, each check (and its answer), response. */
function expectedArrows(trace: Trace): string[] {
  const arrows = ["browser>proxy"];
  const checks = (where: string) => trace.checks.filter((c) => c.where === where);
  for (const where of ["proxy", "dal"]) {
    const site = where === "proxy" ? "proxy" : "app";
    if (where === "dal") arrows.push("proxy>app");
    for (const check of checks(where)) {
      const target = TARGET[check.step];
      arrows.push(target === null ? `${site}>${site}` : `${site}>${target}`);
      if (target !== null) arrows.push(`${target}>${site}`);
    }
  }
  arrows.push("app>browser");
  return arrows;
}

async function diagramOf(page: Page, path: string): Promise<{ diagram: Locator; trace: Trace }> {
  const inspector = page.getByRole("complementary", { name: "Inspector" });
  const live = inspector.getByTestId("live-sequence");
  await live
    .getByRole("combobox", { name: "Request" })
    .selectOption({ label: `GET ${path} → 200` });
  const id = await live.getAttribute("data-trace-id");
  const { traces } = (await (await page.request.get("/api/inspect/recent")).json()) as {
    traces: Trace[];
  };
  const trace = traces.find((t) => t.id === id);
  expect(trace, `trace ${id} of GET ${path}`).toBeDefined();
  return { diagram: live, trace: trace! };
}

async function arrows(diagram: Locator): Promise<string[]> {
  return diagram
    .getByTestId("sequence-message")
    .evaluateAll((items) => items.map((li) => `${li.dataset.from}>${li.dataset.to}`));
}

test("C37 the live diagram of a session request and of a JWT request matches their traces", async ({
  page,
}) => {
  await logInThroughForm(page, "session");
  await page.goto("/session");
  const session = await diagramOf(page, "/session");
  await expect(session.diagram.getByTestId("sequence-diagram")).toHaveAttribute(
    "data-participants",
    "browser proxy app store",
  );
  expect(await arrows(session.diagram)).toEqual(expectedArrows(session.trace));
  const lookup = session.diagram.locator('[data-testid="sequence-message"][data-to="store"]');
  await expect(lookup).toHaveAttribute(
    "data-queries",
    String(session.trace.checks.find((c) => c.step === "store_lookup")!.queries),
  );
  await expect(session.diagram.getByTestId("sequence-message").last()).toHaveAttribute(
    "data-queries",
    String(session.trace.dbQueries),
  );

  await logInThroughForm(page, "jwt");
  await page.goto("/jwt");
  const jwt = await diagramOf(page, "/jwt");
  await expect(jwt.diagram.getByTestId("sequence-diagram")).toHaveAttribute(
    "data-participants",
    "browser proxy app keys",
  );
  expect(await arrows(jwt.diagram)).toEqual(expectedArrows(jwt.trace));
  await expect(jwt.diagram.getByTestId("sequence-message").last()).toHaveAttribute(
    "data-queries",
    String(jwt.trace.dbQueries),
  );
  expect(jwt.trace.dbQueries).toBe(0);
});
