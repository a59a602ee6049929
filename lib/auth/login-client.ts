import "server-only";
import { cookies, headers } from "next/headers";
import { readDevices, rememberDevice } from "@/lib/auth/device-cookie";
import type { LoginClient } from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/http/request";

/** The client of the current request, as the login throttle sees it (address and devices). */
export async function currentLoginClient(): Promise<LoginClient> {
  return {
    address: clientAddress(await headers()),
    devices: readDevices(await cookies()),
    remember: rememberDevice,
  };
}
