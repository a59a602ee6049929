import { describe, expect, it } from "vitest";
import { readEnv } from "@/config/env";
import { instanceName } from "@/config/instance";

function readEnvWith(vars: Record<string, string>): () => unknown {
  return () => {
    const saved = { ...process.env };
    Object.assign(process.env, vars);
    try {
      return readEnv();
    } finally {
      process.env = saved;
    }
  };
}

describe("the instance's name", () => {
  it("is INSTANCE_ID when the operator set one", () => {
    expect(instanceName("b", "web-1", 4242)).toBe("b");
  });

  it("is the host's name and the process id otherwise, so two processes never share one", () => {
    expect(instanceName(undefined, "web-1", 4242)).toBe("web-1:4242");
    expect(instanceName(undefined, "web-1", 4243)).not.toBe(instanceName(undefined, "web-1", 4242));
  });

  it("accepts a short name of lower-case letters, digits and hyphens", () => {
    expect(readEnvWith({ INSTANCE_ID: "eu-west-2" })()).toMatchObject({ INSTANCE_ID: "eu-west-2" });
    expect(readEnvWith({ INSTANCE_ID: "a".repeat(32) })()).toMatchObject({
      INSTANCE_ID: "a".repeat(32),
    });
  });

  it.each(["", "B", "web_1", "web 1", "a:1", "<b>", "a".repeat(33)])(
    "stops the start on INSTANCE_ID=%j with a clear message",
    (value) => {
      expect(readEnvWith({ INSTANCE_ID: value })).toThrow(/INSTANCE_ID: 1 to 32 lower-case/);
    },
  );
});

describe("DATABASE_URL", () => {
  it.each(["postgres://lab@127.0.0.1:5432/lab", "postgresql://lab:pw@db.internal/lab"])(
    "accepts %s",
    (url) => {
      expect(readEnvWith({ DATABASE_URL: url })()).toMatchObject({ DATABASE_URL: url });
    },
  );

  it.each(["", "mysql://lab@db/lab", "file:data/app.db", "postgres://", "127.0.0.1:5432"])(
    "stops the start on DATABASE_URL=%j with a clear message",
    (value) => {
      expect(readEnvWith({ DATABASE_URL: value })).toThrow(
        /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/,
      );
    },
  );
});
