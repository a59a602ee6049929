// The dictionary attack, off the page's thread: every word tried as the HS256 secret.
import { crackHs256 } from "@/lib/threats/jwt-range/forge";

self.onmessage = (event: MessageEvent<{ token: string; words: string[] }>) => {
  const { token, words } = event.data;
  const result = crackHs256(token, words, (tried) => self.postMessage({ type: "progress", tried }));
  self.postMessage({ type: "done", ...result });
};
