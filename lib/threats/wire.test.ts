import { describe, expect, it } from "vitest";
import { wireView } from "./wire";

describe("the wire view of a plain-HTTP request", () => {
  it("shows every cookie's name, and only the test cookies' values", () => {
    const view = wireView(
      "GET",
      "/threats/https",
      "lab.test:3000",
      [
        { name: "lab_session", value: "Fe26.2**secret-seal" },
        { name: "lab_https_plain", value: "visible" },
      ],
      new Set(["lab_https_plain"]),
    );
    expect(view.requestLine).toBe("GET /threats/https HTTP/1.1");
    expect(view.cookie).toBe("lab_session=‹19 characters›; lab_https_plain=visible");
    expect(view.cookie).not.toContain("secret");
  });

  it("says when there is no cookie or no host", () => {
    expect(wireView("GET", "/", null, [], new Set())).toEqual({
      requestLine: "GET / HTTP/1.1",
      host: "(none)",
      cookie: null,
    });
  });
});
