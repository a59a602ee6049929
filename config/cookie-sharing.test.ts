import { describe, expect, it } from "vitest";
import { mayShareCookies } from "@/config/cookie-sharing";

describe("LAB_ORIGIN must not share cookies with the app", () => {
  it.each([
    ["example.com", "example.com"],
    ["example.com", "lab.example.com"],
    ["app.example.com", "lab.example.com"],
    ["app.example.com", "xss.lab.example.com"],
    ["app.localhost", "lab.app.localhost"],
  ])("%s and %s: a page on one could set a cookie (Domain=…) the other reads", (app, lab) => {
    expect(mayShareCookies(app, lab)).toBe(true);
    expect(mayShareCookies(lab, app)).toBe(true);
  });

  it.each([
    ["example.com", "example-lab.com"],
    ["app.example.com", "lab.example.org"],
    ["localhost", "lab.localhost"],
    ["app.localhost", "lab.localhost"],
    ["127.0.0.1", "lab.localhost"],
    ["127.0.0.1", "127.0.0.2"],
    ["[::1]", "lab.localhost"],
  ])("%s and %s: no cookie of one can reach the other", (app, lab) => {
    expect(mayShareCookies(app, lab)).toBe(false);
  });
});
