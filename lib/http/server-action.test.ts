import { describe, expect, it } from "vitest";
import { isActionArgumentList, serverActionProblem } from "@/lib/http/server-action";

function actionRequest(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/admin", {
    method: "POST",
    headers: { "next-action": "00ab", ...headers },
    body,
  });
}

describe("a server action's arguments", () => {
  it.each([
    "[]",
    '["$K1"]',
    '[{"error":"$$ is not a password","values":{"username":"a"}},"$K1"]',
    '[{"stale":true,"revoked":2,"fieldErrors":{"password":["Too short."]}},"$K2"]',
    '["$undefined","$K1"]',
  ])("are accepted as the app's client sends them: %s", (root) => {
    expect(isActionArgumentList(root)).toBe(true);
  });

  it.each([
    "",
    "[",
    "{}",
    '"$@1"',
    '["$1"]',
    '["$Q1"]',
    '["$F1"]',
    '["$@1"]',
    '["$n1e400"]',
    '["$B1"]',
    '["$h1"]',
    '["$S"]',
    '["$D2026"]',
    '[{"a":["$T"]}]',
    `${"[".repeat(100)}${"]".repeat(100)}`,
  ])(
    "are refused when React's decoder would throw on them or they hold other references: %s",
    (root) => {
      expect(isActionArgumentList(root)).toBe(false);
    },
  );

  it("are read from the text body or the multipart field 0; the original body stays readable", async () => {
    expect(await serverActionProblem(actionRequest("[]"))).toBeNull();
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_username", "alice");
    const good = actionRequest(form);
    expect(await serverActionProblem(good)).toBeNull();
    expect((await good.formData()).get("1_username")).toBe("alice");

    const broken = new FormData();
    broken.set("x", "1");
    for (const request of [actionRequest('["$1"]'), actionRequest(broken), actionRequest("[")]) {
      const answer = await serverActionProblem(request);
      expect(answer?.status).toBe(400);
      expect(await answer?.json()).toMatchObject({ error: "invalid_action_request" });
    }
    expect(
      (await serverActionProblem(actionRequest("[" + "0,".repeat(600_000) + "0]")))?.status,
    ).toBe(413);
  });

  it("leave every other request alone", async () => {
    const plain = new Request("http://localhost/admin", { method: "POST", body: "[" });
    expect(await serverActionProblem(plain)).toBeNull();
  });
});
