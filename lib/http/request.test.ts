import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loginSchema } from "@/lib/validation/accounts";
import { csrfTransferSchema } from "@/lib/validation/lab";
import { methodNotAllowed, readFormOrJsonBody, readJsonBody, sameSiteReturnPath } from "./request";

const url = "http://lab.test/api/session/login";
const post = (
  body: BodyInit | null,
  headers: Record<string, string> = { "content-type": "application/json" },
) => new Request(url, { method: "POST", body, headers });

async function errorOf(result: Awaited<ReturnType<typeof readJsonBody>>) {
  if (result.ok) throw new Error("expected a failure");
  return { status: result.response.status, body: await result.response.json() };
}

describe("readJsonBody", () => {
  it("parses and validates a JSON body", async () => {
    const result = await readJsonBody(
      post(JSON.stringify({ username: "Bob", password: "pw" })),
      loginSchema,
    );
    expect(result).toEqual({ ok: true, data: { username: "bob", password: "pw" } });
  });

  it("415 for anything but application/json (what a cross-site form would send)", async () => {
    const result = await readJsonBody(
      post("username=a", { "content-type": "application/x-www-form-urlencoded" }),
      loginSchema,
    );
    expect(await errorOf(result)).toMatchObject({
      status: 415,
      body: { error: "unsupported_media_type" },
    });
  });

  it("413 for a body over the cap, whatever Content-Length claims", async () => {
    const big = JSON.stringify({ username: "a", password: "x".repeat(20_000) });
    expect(await errorOf(await readJsonBody(post(big), loginSchema))).toMatchObject({
      status: 413,
    });
  });

  it("400 for malformed JSON and for invalid fields, with field messages", async () => {
    expect(await errorOf(await readJsonBody(post("{nope"), loginSchema))).toMatchObject({
      status: 400,
      body: { error: "invalid_json" },
    });
    const invalid = await errorOf(
      await readJsonBody(post(JSON.stringify({ username: "a" })), loginSchema),
    );
    expect(invalid).toMatchObject({
      status: 400,
      body: { error: "invalid_input", fields: { password: [expect.any(String)] } },
    });
    expect(await errorOf(await readJsonBody(post("null"), loginSchema))).toMatchObject({
      status: 400,
    });
    expect(await errorOf(await readJsonBody(post(""), loginSchema))).toMatchObject({ status: 400 });
  });
});

describe("a body-less request answers as its typed twin does", () => {
  // No body and no Content-Type: nothing to check the type of. A byte body carries no type either.
  const untyped = (body: Uint8Array<ArrayBuffer> | null) => post(body, {});
  const typed = (body: Uint8Array<ArrayBuffer> | null) =>
    post(body, { "content-type": "application/json" });
  const answerOf = async (result: Awaited<ReturnType<typeof readJsonBody>>) =>
    result.ok ? { ok: true, data: result.data } : await errorOf(result);

  it.each([
    ["no body", null],
    ["an empty body", new Uint8Array()],
  ])("readJsonBody, %s: the same answer with or without the JSON type", async (_, body) => {
    for (const schema of [loginSchema, z.object({})]) {
      const bare = await answerOf(await readJsonBody(untyped(body), schema));
      expect(bare).toEqual(await answerOf(await readJsonBody(typed(body), schema)));
      expect(bare).toMatchObject({ status: 400 });
    }
    const optional = { whenEmpty: {} };
    expect(await readJsonBody(untyped(body), z.object({}), optional)).toEqual({
      ok: true,
      data: {},
    });
    expect(await readJsonBody(typed(body), z.object({}), optional)).toEqual({ ok: true, data: {} });
  });

  it("readFormOrJsonBody, no body: the same answer as with the JSON type", async () => {
    const bare = await readFormOrJsonBody(untyped(null), csrfTransferSchema);
    const twin = await readFormOrJsonBody(typed(null), csrfTransferSchema);
    expect(await errorOf(bare)).toEqual(await errorOf(twin));
  });

  it("a body without a type is still 415, optional body or not", async () => {
    const bytes = new TextEncoder().encode('{"username":"a","password":"b"}');
    expect(await errorOf(await readJsonBody(untyped(bytes), loginSchema))).toMatchObject({
      status: 415,
    });
    expect(
      await errorOf(await readJsonBody(untyped(bytes), z.object({}), { whenEmpty: {} })),
    ).toMatchObject({ status: 415 });
    expect(
      await errorOf(await readFormOrJsonBody(untyped(bytes), csrfTransferSchema)),
    ).toMatchObject({ status: 415 });
  });
});

describe("methodNotAllowed", () => {
  it("answers 405 JSON with Allow", async () => {
    const response = methodNotAllowed("POST")();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await response.json()).toMatchObject({ error: "method_not_allowed" });
  });
});

describe("sameSiteReturnPath", () => {
  // Route handlers see `request.url` on localhost whatever name the browser used.
  const back = (headers: Record<string, string>) =>
    sameSiteReturnPath(new Request("http://localhost:3000/api/theme", { method: "POST", headers }));

  it("goes back to the page the form was on, by the name the browser used", () => {
    expect(back({ host: "lab.example", referer: "https://lab.example/jwt?x=1" })).toBe("/jwt?x=1");
    expect(back({ host: "localhost:3000", referer: "http://localhost:3000/session" })).toBe(
      "/session",
    );
  });

  it.each([
    "http://localhost:3000//evil.example",
    "http://localhost:3000//evil.example/path?q=1",
    "http://localhost:3000/\\evil.example",
    "http://localhost:3000/.//evil.example",
    "http://localhost:3000/%2F/evil.example",
    "http://localhost:3000/%5Cevil.example",
    "http://evil.example/session",
    "//evil.example",
    "not a url",
  ])("never leaves this site: Referer %j → /", (referer) => {
    expect(back({ host: "localhost:3000", referer })).toBe("/");
  });

  it("is / without a Referer or a Host", () => {
    expect(back({ host: "localhost:3000" })).toBe("/");
    expect(back({ referer: "http://localhost:3000/jwt" })).toBe("/");
  });
});
