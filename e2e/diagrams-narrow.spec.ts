import type { Locator, Page } from "@playwright/test";
import { expect, logInThroughForm, test } from "./support/fixtures";

/**
 * On a phone (390 px) a sequence diagram is whole: every label lies inside the drawing, the
 * drawing either fits its box or scrolls inside it (a named box a keyboard can reach), and the
 * page itself never scrolls sideways. A learn page's textbook flow and a live trace alike.
 */

test.use({ viewport: { width: 390, height: 844 } });

interface Measure {
  outside: string[];
  box: { client: number; scroll: number; tabIndex: number; label: string | null };
  drawing: number;
  page: { client: number; scroll: number };
}

/** Where each label of the diagram falls, against the drawing, its box and the page. */
async function measure(figure: Locator): Promise<Measure> {
  return figure.evaluate((element) => {
    const box = element.querySelector<HTMLElement>('[data-testid="sequence-scroll"]')!;
    const svg = box.querySelector("svg")!;
    const view = svg.viewBox.baseVal;
    const outside = [...svg.querySelectorAll("text")]
      .filter((text) => {
        const b = text.getBBox();
        return b.x < 0 || b.y < 0 || b.x + b.width > view.width || b.y + b.height > view.height;
      })
      .map((text) => text.textContent ?? "");
    const root = document.documentElement;
    return {
      outside,
      box: {
        client: box.clientWidth,
        scroll: box.scrollWidth,
        tabIndex: box.tabIndex,
        label: box.getAttribute("aria-label"),
      },
      drawing: svg.getBoundingClientRect().width,
      page: { client: root.clientWidth, scroll: root.scrollWidth },
    };
  });
}

async function expectWhole(page: Page, figure: Locator): Promise<void> {
  await expect(figure).toBeVisible();
  const seen = await measure(figure);
  expect(seen.outside, "labels drawn outside the diagram").toEqual([]);
  expect(seen.page.scroll, "the page scrolls sideways").toBeLessThanOrEqual(seen.page.client);
  expect(seen.box.client).toBeLessThanOrEqual(390);
  // Whatever does not fit scrolls inside the box: all of the drawing can be reached.
  expect(seen.box.scroll).toBeGreaterThanOrEqual(Math.floor(seen.drawing));
  expect(seen.box.tabIndex).toBe(0);
  expect(seen.box.label).toBeTruthy();
  // A keyboard scrolls it: the box takes the focus and an arrow key moves the drawing.
  const box = figure.getByTestId("sequence-scroll");
  if (seen.box.scroll > seen.box.client) {
    await box.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  }
  // The text version stays beside it.
  await expect(figure.getByTestId("sequence-message").first()).toBeAttached();
}

test("a learn page's diagram is whole at 390 px: it scrolls in its own box, never the page", async ({
  page,
}) => {
  await page.goto("/learn/sessions");
  await expectWhole(page, page.getByTestId("sequence-diagram").first());
});

test("the inspector's live diagram is whole at 390 px", async ({ page }) => {
  await logInThroughForm(page, "session");
  await page.goto("/session");
  const inspector = page.getByRole("complementary", { name: "Inspector" });
  await inspector.locator("summary").first().click();
  const live = inspector.getByTestId("live-sequence");
  await expect(live.getByTestId("sequence-message").first()).toBeAttached();
  await live.getByTestId("sequence-diagram").scrollIntoViewIfNeeded();
  await expectWhole(page, live.getByTestId("sequence-diagram"));
});
