import { describe, expect, it } from "vitest";
import { config } from "@/config";
import {
  accountFor,
  attemptTransfer,
  closeAccountFor,
  findAttempt,
  openAccount,
  OPENING_BALANCE,
  type TransferRequest,
} from "./csrf-bank";

const nothingArrived = { none: false, lax: false, strict: false, bearer: false };

function request(token: string | null, overrides: Partial<TransferRequest> = {}): TransferRequest {
  return {
    credential: "none",
    defence: "none",
    amount: 25,
    to: "mallory",
    token,
    arrived: { ...nothingArrived, none: token !== null },
    origin: "http://localhost:3000",
    secFetchSite: "cross-site",
    crossSite: true,
    ...overrides,
  };
}

describe("the CSRF lab's toy bank", () => {
  it("opens an account reachable by its cookie token and its bearer token, not by others", () => {
    const { account, cookieToken, bearerToken } = openAccount();
    expect(account.balance).toBe(OPENING_BALANCE);
    expect(cookieToken).not.toBe(bearerToken);
    expect(accountFor(cookieToken)?.id).toBe(account.id);
    expect(accountFor(bearerToken)?.id).toBe(account.id);
    expect(accountFor("not-a-token")).toBeNull();
    expect(accountFor(null)).toBeNull();
  });

  it("transfers when the credential arrived and no check is on, and records what it saw", () => {
    const { cookieToken } = openAccount();
    const attempt = attemptTransfer(request(cookieToken));
    expect(attempt.outcome).toBe("transferred");
    expect(attempt.balanceAfter).toBe(OPENING_BALANCE - 25);
    expect(accountFor(cookieToken)?.transfers[0]).toMatchObject({ amount: 25, to: "mallory" });
    expect(findAttempt(attempt.id)).toEqual(attempt);
    expect(JSON.stringify(attempt)).not.toContain(cookieToken);
  });

  it("refuses without the credential, and a cross-site request when the check is on", () => {
    const { cookieToken } = openAccount();
    expect(attemptTransfer(request(null)).outcome).toBe("no_credential");
    const checked = attemptTransfer(request(cookieToken, { defence: "origin" }));
    expect(checked.outcome).toBe("cross_site_request");
    const sameSite = attemptTransfer(
      request(cookieToken, { defence: "origin", crossSite: false, secFetchSite: "same-origin" }),
    );
    expect(sameSite.outcome).toBe("transferred");
    expect(accountFor(cookieToken)?.balance).toBe(OPENING_BALANCE - 25);
  });

  it("never goes below zero", () => {
    const { cookieToken } = openAccount();
    for (let i = 0; i < 4; i++) attemptTransfer(request(cookieToken));
    const fifth = attemptTransfer(request(cookieToken));
    expect(fifth.outcome).toBe("insufficient_funds");
    expect(accountFor(cookieToken)?.balance).toBe(0);
  });

  it("forgets an account when closed or after its lifetime", () => {
    const opened = openAccount();
    expect(closeAccountFor(opened.bearerToken)).toBe(true);
    expect(accountFor(opened.cookieToken)).toBeNull();
    expect(closeAccountFor(opened.cookieToken)).toBe(false);

    const now = Date.now();
    const old = openAccount(now);
    const later = now + config.threats.csrfAccountTtlSeconds * 1000 + 1;
    expect(accountFor(old.cookieToken, later)).toBeNull();
    expect(attemptTransfer(request(old.cookieToken), later).outcome).toBe("no_credential");
  });

  it("keeps at most the configured number of accounts, dropping the oldest", () => {
    const first = openAccount();
    // The earlier tests' accounts are older still: open enough to push them all out, and first.
    for (let i = 0; i < config.threats.csrfMaxAccounts + 100; i++) openAccount();
    expect(accountFor(first.cookieToken)).toBeNull();
    expect(accountFor(first.bearerToken)).toBeNull();
    expect(accountFor(openAccount().cookieToken)).not.toBeNull();
  });

  it("one visitor opening account after account closes only their own oldest, never another's", () => {
    const theirs = openAccount(Date.now(), "203.0.113.7");
    for (let i = 0; i < config.threats.csrfMaxAccounts + 10; i++) {
      openAccount(Date.now(), "198.51.100.9");
    }
    expect(accountFor(theirs.cookieToken)).not.toBeNull();
  });
});
