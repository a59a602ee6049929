import { devices, type BrowserContext } from "@playwright/test";
import { e2eBaseURL, labHost } from "./env";
import { test as base } from "./fixtures";

// Everything a page can keep in the browser but its HTTP cache ("cache_storage" is the Cache API).
const STORAGE =
  "cookies,local_storage,session_storage,indexeddb,websql,service_workers,cache_storage";
const ORIGINS = [new URL(e2eBaseURL).origin, `http://${labHost}:${new URL(e2eBaseURL).port}`];

/**
 * For tests that only open a page and look at it (every-page.spec.ts): one browser context per
 * worker, emptied before each test — its cookies cleared, every origin's storage wiped, a new tab —
 * but its HTTP cache kept, and with it the compiled code V8 keeps beside each script. A context of
 * its own per test downloads, parses and compiles the app's scripts again on every page; that was
 * most of what these 200-odd tests cost the browser.
 */
export const test = base.extend<object, { sharedContext: BrowserContext }>({
  sharedContext: [
    async ({ browser }, provide) => {
      const context = await browser.newContext({
        ...devices["Desktop Chrome"],
        baseURL: e2eBaseURL,
      });
      await provide(context);
      await context.close();
    },
    { scope: "worker" },
  ],
  context: async ({ sharedContext }, provide) => {
    await sharedContext.clearCookies();
    await provide(sharedContext);
  },
  page: async ({ context }, provide) => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    for (const origin of ORIGINS) {
      await cdp.send("Storage.clearDataForOrigin", { origin, storageTypes: STORAGE });
    }
    await cdp.detach();
    await provide(page);
    await page.close();
  },
});
