import { randomBytes } from "node:crypto";
import { expect } from "@playwright/test";
import { operatorPassword } from "./group";

/**
 * Plain requests to one instance or to the load balancer. Node's fetch keeps no cookie jar: each
 * request carries exactly the credential a test hands it, so "this cookie, through that
 * instance" means what it says.
 */

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
  /** The instance that answered, as it says in X-Lab-Instance (null before it says). */
  instance: string | null;
}

export interface SendOptions {
  method?: "GET" | "POST" | "PUT";
  json?: unknown;
  cookie?: string;
  bearer?: string;
  headers?: Record<string, string>;
}

export async function send(base: string, path: string, options: SendOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.json !== undefined) headers["content-type"] = "application/json";
  if (options.cookie !== undefined) headers.cookie = options.cookie;
  if (options.bearer !== undefined) headers.authorization = `Bearer ${options.bearer}`;
  const response = await fetch(`${base}${path}`, {
    method: options.method ?? (options.json === undefined ? "GET" : "POST"),
    headers,
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
    redirect: "manual",
  });
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = text === "" ? {} : (JSON.parse(text) as Record<string, unknown>);
  } catch {
    // not JSON (a page, /ping's "ok"): the status and headers are what a test reads
  }
  const instance = response.headers.get("x-lab-instance");
  return { status: response.status, headers: response.headers, body, instance };
}

/** `name=value` of the cookie an answer set, for the next request's Cookie header. */
export function cookieSet(answer: Answer, name: string): string {
  const line = answer.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  if (line === undefined) throw new Error(`no ${name} cookie set (status ${answer.status})`);
  return line.split(";")[0]!;
}

export interface Account {
  username: string;
  password: string;
}

/** A random account name: lower case, within the sign-up's 3 to 32 characters. */
export const newUsername = (): string => `m-${randomBytes(8).toString("hex")}`;

/** A new account, signed up through `base`, for one test alone. */
export async function signUp(base: string): Promise<Account> {
  const account = { username: newUsername(), password: randomBytes(12).toString("base64url") };
  const answer = await send(base, "/api/signup", {
    json: { ...account, displayName: "Multi tester" },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return account;
}

/** Logs in to the session area through `base`; the session cookie. */
export async function sessionLogin(base: string, account: Account): Promise<string> {
  const answer = await send(base, "/api/session/login", { json: account });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return cookieSet(answer, "lab_session");
}

export interface JwtLogin {
  accessToken: string;
  refreshToken: string;
  /** Who the tokens are for, as the login answered: what `me` answers on any instance. */
  user: { id: number };
}

/** Logs in to the JWT area through `base` as a Bearer client (the tokens in the body). */
export async function jwtLogin(base: string, account: Account): Promise<JwtLogin> {
  const answer = await send(base, "/api/jwt/login", {
    json: { ...account, transport: "bearer" },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return {
    accessToken: String(answer.body.accessToken),
    refreshToken: String(answer.body.refreshToken),
    user: answer.body.user as { id: number },
  };
}

/** The operator's session cookie (server-wide settings are an admin's), logged in through `base`. */
export function operatorLogin(base: string): Promise<string> {
  return sessionLogin(base, { username: "operator", password: operatorPassword() });
}

/** A compact JWS's header and claims, read without verifying (the servers verify). */
export function decodeJwt(token: string): {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
} {
  const [header, claims] = token
    .split(".")
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, "base64url").toString("utf8")));
  return { header, claims };
}
