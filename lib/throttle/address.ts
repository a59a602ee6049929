import { isIPv4, isIPv6 } from "node:net";

/**
 * The client a per-address budget counts. An IPv4 address is itself; an IPv6 address is its /64:
 * a host (or a home network) is handed a whole /64 and may use any address in it, so counting
 * single addresses would let it start a fresh budget at will. An IPv4-mapped IPv6 address is the
 * IPv4 address it carries, so one client has one name whichever socket family it came through.
 */
export function clientBucketOf(address: string): string {
  const unzoned = address.split("%")[0]!.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(unzoned);
  if (mapped !== null && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(unzoned)) return unzoned;
  return `${firstGroups(unzoned, 4).join(":")}::/64`;
}

/** The first `n` 16-bit groups of a valid IPv6 address, without leading zeros. */
function firstGroups(address: string, n: number): string[] {
  const [head = "", tail] = address.split("::");
  const groups = (part: string) => (part === "" ? [] : part.split(":"));
  // An embedded IPv4 address (only ever at the end) fills two groups.
  const width = (parts: string[]) => parts.reduce((sum, g) => sum + (g.includes(".") ? 2 : 1), 0);
  const before = groups(head);
  const after = tail === undefined ? [] : groups(tail);
  const zeros = tail === undefined ? [] : Array(8 - width(before) - width(after)).fill("0");
  return [...before, ...zeros, ...after]
    .slice(0, n)
    .map((group) => (group.includes(".") ? group : parseInt(group, 16).toString(16)));
}
