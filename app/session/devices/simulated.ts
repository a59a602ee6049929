/**
 * The made-up devices of the limit demonstration: real browsers' user agents (so the device list
 * names them as it names any), each marked as made by the lab, so no one mistakes one for a
 * stranger's login.
 */
export const SIMULATED_MARK = "SessionLab-simulated";

const DEVICES = [
  "Mozilla/5.0 (SMART-TV; Linux; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/5.0 Chrome/94.0.4606.31 TV Safari/537.36",
  "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
];

/** The user agent of the `n`th made-up device (they take turns). */
export function simulatedUserAgent(n: number): string {
  return `${DEVICES[n % DEVICES.length]} ${SIMULATED_MARK}`;
}

/** Whether a session was opened by the demonstration rather than by a browser. */
export function isSimulated(userAgent: string | null): boolean {
  return userAgent?.endsWith(SIMULATED_MARK) === true;
}
