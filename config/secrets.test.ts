import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSecrets, sessionPasswordWeakness } from "./secrets";

const tempFile = () =>
  path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lab-secrets-")), "secrets.json");

describe("loadSecrets", () => {
  it("generates strong secrets on first start and reuses them afterwards", () => {
    const file = tempFile();
    const first = loadSecrets({}, file);
    expect(sessionPasswordWeakness(first.sessionPassword)).toBeNull();
    expect(first.jwtPrivateKey).toMatchObject({ kty: "OKP", crv: "Ed25519" });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSecrets({}, file)).toEqual(first);
  });

  it("lets the environment override the file", () => {
    const file = tempFile();
    const generated = loadSecrets({}, file);
    const password = "V3ry-L0ng_and-Rand0m-Pa55phrase-for-iron";
    const jwk = JSON.stringify(generated.jwtPrivateKey);
    expect(
      loadSecrets({ SESSION_PASSWORD: password, JWT_PRIVATE_KEY: jwk }, file).sessionPassword,
    ).toBe(password);
  });

  it.each([
    ["short", "too-short", /at least 32 characters/],
    ["repetitive", "a".repeat(40), /too few distinct characters/],
    ["placeholder", "complex_password_at_least_32_characters_long", /placeholder/],
  ])("refuses a %s SESSION_PASSWORD with a clear message", (_name, value, message) => {
    expect(() => loadSecrets({ SESSION_PASSWORD: value }, tempFile())).toThrow(message);
  });

  it("refuses a JWT_PRIVATE_KEY that is not an Ed25519 private JWK", () => {
    expect(() => loadSecrets({ JWT_PRIVATE_KEY: "not json" }, tempFile())).toThrow(/JSON Web Key/);
    expect(() => loadSecrets({ JWT_PRIVATE_KEY: '{"kty":"oct","k":"abc"}' }, tempFile())).toThrow(
      /Ed25519/,
    );
  });

  it("refuses a corrupted secrets file instead of silently replacing it", () => {
    const file = tempFile();
    fs.writeFileSync(file, "{ broken");
    expect(() => loadSecrets({}, file)).toThrow(/not valid JSON/);
  });
});
