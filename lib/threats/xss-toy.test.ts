import { beforeEach, describe, expect, it, vi } from "vitest";
import { cookieSettings } from "@/config";

// The lab origin's request as next/headers shows it: the toy's cookie, and what the answer sets.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
  }),
}));

const { closeToyBffSession, openToyBffSession, toyBffToken } = await import("./xss-toy");
const NAME = cookieSettings.xssLabBff.name;
const HOUR = 60 * 60 * 1000;

beforeEach(() => jar.clear());

describe("the XSS lab's toy backend-for-frontend", () => {
  it("answers for its own cookie, and nothing after logout", async () => {
    await openToyBffSession();
    expect(await toyBffToken()).toMatch(/^toy-bearer-/);
    await closeToyBffSession();
    expect(await toyBffToken()).toBeNull();
  });

  it("refuses a copy of its cookie kept past an hour", async () => {
    const now = Date.now();
    await openToyBffSession(now);
    expect(await toyBffToken(now + HOUR - 1000)).not.toBeNull();
    expect(await toyBffToken(now + HOUR)).toBeNull();
  });

  it("takes its cookie in one spelling only: no extra segment, no other time, no forged MAC", async () => {
    await openToyBffSession();
    const genuine = jar.get(NAME)!;
    const [id, time, mac] = genuine.split(".");
    for (const variant of [
      `${genuine}.anything`,
      `${id}.${time}`,
      `${id}.${(parseInt(time!, 36) + 1).toString(36)}.${mac}`,
      `${id}.${time}.${"A".repeat(22)}`,
      `${id}.${mac}`,
    ]) {
      jar.set(NAME, variant);
      expect(await toyBffToken(), variant).toBeNull();
    }
  });
});
