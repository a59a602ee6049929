import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * An axe-core scan of `page` (or of `selector` in it), the way every spec runs one: the rules it
 * always runs, only the violations collected, in the page itself.
 * - `resultTypes: ["violations"]`: nothing else is read, and axe then skips describing every node
 *   that passed (a selector and an HTML snippet each).
 * - Legacy mode runs `axe.run` in the page. The default instead gathers partial results from each
 *   frame and finishes them in a blank page it opens for the purpose — a new renderer, and axe
 *   injected a second time, for every scan: about 1 s of the 1.6 s a scan took here. The app has
 *   no iframes (the XSS lab's other origin opens in a tab of its own), so both see the same nodes.
 */
export function axeScan(page: Page, selector?: string): AxeBuilder {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).setLegacyMode();
  return selector === undefined ? builder : builder.include(selector);
}
