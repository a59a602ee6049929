import { describe, expect, it } from "vitest";
import { isLabPublic, isLoopback } from "@/config/lab";
import { readEnv } from "@/config/env";

describe("hosted or local", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "::1",
    "[::1]",
    "0:0:0:0:0:0:0:1",
    "::ffff:127.0.0.1",
    "localhost",
    "LOCALHOST",
    "app.localhost",
  ])("%s is loopback: local unless LAB_PUBLIC says otherwise", (host) => {
    expect(isLoopback(host)).toBe(true);
    expect(isLabPublic(undefined, host)).toBe(false);
    expect(isLabPublic("true", host)).toBe(true);
  });

  it.each([
    "0.0.0.0",
    "::",
    "192.168.1.10",
    "10.0.0.1",
    "128.0.0.1",
    "::ffff:10.0.0.1",
    "lab.example.com",
    "localhost.example.com",
  ])("%s is not loopback: hosted unless LAB_PUBLIC=false", (host) => {
    expect(isLoopback(host)).toBe(false);
    expect(isLabPublic(undefined, host)).toBe(true);
    expect(isLabPublic("false", host)).toBe(false);
  });
});

describe("LAB_PUBLIC in the environment", () => {
  const withEnv =
    (vars: Record<string, string>): (() => unknown) =>
    () => {
      const saved = { ...process.env };
      Object.assign(process.env, vars);
      try {
        return readEnv();
      } finally {
        process.env = saved;
      }
    };

  it("accepts true and false, and follows HOST when unset", () => {
    expect(withEnv({ LAB_PUBLIC: "false", HOST: "0.0.0.0" })()).toMatchObject({
      LAB_PUBLIC: "false",
    });
    expect(withEnv({ HOST: "0.0.0.0" })()).toMatchObject({ HOST: "0.0.0.0" });
  });

  it.each(["yes", "1", "TRUE", ""])(
    "stops the start on LAB_PUBLIC=%j with a clear message",
    (value) => {
      expect(withEnv({ LAB_PUBLIC: value })).toThrow(/LAB_PUBLIC/);
    },
  );
});
