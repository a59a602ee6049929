import type { Page } from "@playwright/test";
import { englishRuns } from "@/lib/i18n/untranslated";

/**
 * The English prose a Korean page shows: the visible text of the page, piece by piece, without
 * code (`code`, `pre`, `kbd`, `samp`), without what is marked `translate="no"` (a token, a
 * username, a raw answer), and without hidden elements; each piece checked by englishRuns.
 */
export async function untranslatedText(page: Page): Promise<string[]> {
  const pieces = await page.evaluate(() => {
    const skip = "code, pre, kbd, samp, script, style, noscript, [translate='no'], [hidden]";
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? "";
      if (parent === null || text === "" || parent.closest(skip) !== null) continue;
      if (parent.checkVisibility?.({ visibilityProperty: true }) === false) continue;
      found.push(text);
    }
    // Attributes a visitor reads or hears: a tooltip, an accessible name, a placeholder.
    for (const element of document.body.querySelectorAll("[title], [aria-label], [placeholder]")) {
      if (element.closest(skip) !== null) continue;
      for (const name of ["title", "aria-label", "placeholder"]) {
        const value = element.getAttribute(name);
        if (value) found.push(value);
      }
    }
    return found;
  });
  return [...new Set(pieces.flatMap((piece) => englishRuns(piece)))];
}
