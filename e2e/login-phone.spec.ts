import ko from "@/messages/ko.json";
import { e2eBaseURL } from "./support/env";
import { expect, test } from "./support/fixtures";

// On a phone the login form's button is in the first screen, in either language, even on a first
// visit where the page first says why the visitor is here.
test.use({ viewport: { width: 390, height: 844 } });

for (const language of ["en", "ko"] as const) {
  for (const area of ["session", "sealed", "jwt"] as const) {
    test(`${language}: the ${area} login button is in the first 390 px screen`, async ({
      page,
      context,
    }) => {
      await context.addCookies([{ name: "lab_lang", value: language, url: e2eBaseURL }]);
      await page.goto(`/${area}/login?reason=no_credential`);
      const name = language === "ko" ? ko.login.form.submit : "Log in";
      const button = page.getByRole("button", { name, exact: true });
      await expect(button).toBeInViewport({ ratio: 1 });
    });
  }
}
