import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * On a hosted instance, whatever changes things for every visitor — JWT settings and keys, seal
 * passwords, the cookie cache, the restart, other people's accounts — is the operator's alone. One
 * gate decides it (authorizeServerWide, lib/auth/dal.ts); this test holds every admin write to it:
 * each handler of app/api/admin/** other than a GET, and each admin page action, must call the
 * gate's wrapper. A new route or action that forgot would fail here.
 */
const ROUTE_GATES = ["freshServerWideAdminOrError(", "adminTarget("];
const ACTION_GATE = "requireFreshServerWideAdmin(";

// Every admin write, by file and method: a route added or removed must be listed here too.
const SERVER_WIDE_ROUTES = [
  "app/api/admin/jwt-settings/route.ts PUT",
  "app/api/admin/keys/[kid]/retire/route.ts POST",
  "app/api/admin/keys/rotate/route.ts POST",
  "app/api/admin/seal/passwords/[id]/retire/route.ts POST",
  "app/api/admin/seal/rotate/route.ts POST",
  "app/api/admin/seal/route.ts PUT",
  "app/api/admin/server/restart/route.ts POST",
  "app/api/admin/users/[id]/logout/route.ts POST",
  "app/api/admin/users/[id]/route.ts PATCH",
];

function files(dir: string, pattern: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full, pattern);
    return pattern.test(entry.name) ? [full] : [];
  });
}

/** The text of `async function name(…) {…}`, up to the next top-level declaration. */
function functionBody(source: string, name: string): string {
  const start = source.search(new RegExp(`async function ${name}\\(`));
  if (start < 0) throw new Error(`no function ${name}`);
  const rest = source.slice(start + 1);
  const end = rest.search(/\n(?:export |async function |function |const )/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Each write handler of a route file (`route({ PUT: put, … })`), as "file METHOD" and its body. */
function writeHandlers(file: string): Array<[string, string]> {
  const source = fs.readFileSync(file, "utf8");
  const map = /route\(\{([^}]*)\}\)/.exec(source)?.[1] ?? "";
  return [...map.matchAll(/(\w+):\s*(\w+)/g)]
    .filter(([, method]) => method !== "GET")
    .map(([, method, handler]) => [`${file} ${method}`, functionBody(source, handler!)]);
}

describe("server-wide writes pass the operator's gate", () => {
  const handlers = files("app/api/admin", /^route\.ts$/).flatMap(writeHandlers);

  it("lists every admin write route", () => {
    expect(handlers.map(([name]) => name).sort()).toEqual(SERVER_WIDE_ROUTES);
  });

  it.each(SERVER_WIDE_ROUTES)("%s calls the gate", (name) => {
    const body = handlers.find(([handler]) => handler === name)![1];
    expect(ROUTE_GATES.some((gate) => body.includes(gate))).toBe(true);
  });

  it("adminTarget is the gate too", () => {
    const source = fs.readFileSync("lib/http/admin.ts", "utf8");
    expect(functionBody(source, "adminTarget")).toContain("freshServerWideAdminOrError(");
    expect(functionBody(source, "freshServerWideAdminOrError")).toContain("authorizeServerWide(");
    expect(functionBody(source, "requireFreshServerWideAdmin")).toContain("authorizeServerWide(");
  });

  const actionFiles = files("app/admin", /actions\.ts$/);
  const actions = actionFiles.flatMap((file) => {
    const source = fs.readFileSync(file, "utf8");
    return [...source.matchAll(/export async function (\w+)\(/g)].map(
      ([, name]) => [`${file} ${name}`, functionBody(source, name!)] as const,
    );
  });

  it("finds the admin page's actions", () => {
    expect(actions.length).toBeGreaterThanOrEqual(9);
  });

  it.each(actions.map(([name]) => name))("%s calls the gate", (name) => {
    expect(actions.find(([action]) => action === name)![1]).toContain(ACTION_GATE);
  });

  it("no page, route or action reaches for the admin-only gates of before", () => {
    const stale = files("app", /\.tsx?$/).filter((file) =>
      /\brequireFreshAdmin\b|\bauthorizeAdmin\b/.test(fs.readFileSync(file, "utf8")),
    );
    expect(stale).toEqual([]);
  });

  it("the compare board's admin step changes only this browser's throw-away account", () => {
    // Not server-wide, so not the operator's: it refuses any account but the caller's own
    // throw-away one (lib/compare/lab-account.ts).
    const source = fs.readFileSync("app/api/compare/admin/route.ts", "utf8");
    expect(source).toMatch(
      /target !== labAccountOf\(await cookies\(\)\) \|\| !\(await isThrowawayAccount\(target\)\)/,
    );
  });
});
