import { cookies } from "next/headers";
import { z } from "zod";
import { cookieSettings } from "@/config";
import { readJsonBody } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/**
 * The HTTPS lab's two test cookies (C33), alike but for `Secure`: set them, then see which ones the
 * browser kept and sent back. Over plain HTTP on anything but loopback, it keeps only one.
 */

const KINDS = ["secure", "plain"] as const;

async function arrived() {
  const jar = await cookies();
  return Object.fromEntries(
    KINDS.map((kind) => [kind, jar.get(cookieSettings.httpsLab[kind].name)?.value ?? null]),
  );
}

async function get(): Promise<Response> {
  return apiJson({ arrived: await arrived() });
}

async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, z.object({}));
  if (!body.ok) return body.response;
  const jar = await cookies();
  const value = `set-${new Date().toISOString().slice(11, 19).replaceAll(":", "")}`;
  for (const kind of KINDS) {
    const { name, options } = cookieSettings.httpsLab[kind];
    jar.set(name, `${kind}-${value}`, options);
  }
  return apiJson({ set: KINDS.map((kind) => cookieSettings.httpsLab[kind].name) }, 201);
}

async function remove(): Promise<Response> {
  const jar = await cookies();
  for (const kind of KINDS) {
    const { name, options } = cookieSettings.httpsLab[kind];
    jar.set(name, "", { ...options, maxAge: 0 });
  }
  return apiJson({ cleared: true });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get, POST: post, DELETE: remove });
