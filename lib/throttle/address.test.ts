import { describe, expect, it } from "vitest";
import { clientBucketOf } from "./address";

describe("clientBucketOf", () => {
  it("keeps an IPv4 address, and the IPv4 inside an IPv4-mapped IPv6 one", () => {
    expect(clientBucketOf("203.0.113.9")).toBe("203.0.113.9");
    expect(clientBucketOf("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(clientBucketOf("::FFFF:203.0.113.9")).toBe("203.0.113.9");
  });

  it("counts an IPv6 address by its /64, however it is spelled", () => {
    const bucket = "2001:db8:0:1::/64";
    for (const address of [
      "2001:db8:0:1::1",
      "2001:0db8:0000:0001:ffff:ffff:ffff:ffff",
      "2001:DB8::1:0:0:0:7",
      "2001:db8:0:1:a:b:c:d%eth0",
    ])
      expect(clientBucketOf(address)).toBe(bucket);
    expect(clientBucketOf("2001:db8:0:2::1")).not.toBe(bucket);
    expect(clientBucketOf("::1")).toBe("0:0:0:0::/64");
    expect(clientBucketOf("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
  });

  it("leaves anything that is not an address as it is", () => {
    expect(clientBucketOf("unknown")).toBe("unknown");
  });
});
