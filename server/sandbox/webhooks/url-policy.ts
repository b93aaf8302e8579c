import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { BlockList, isIP } from "node:net";

/**
 * Where the sandbox may post a merchant's webhooks. Its demo credentials are
 * public, so a URL of the merchant's choice would make the server post
 * anywhere (a blind SSRF): the shop's own origin (APP_URL) always, another
 * origin only once the console allowed it for that merchant, and then never
 * to a loopback, private, link-local or otherwise non-public address, checked
 * again at connect time on the addresses actually resolved (DNS rebinding).
 * SANDBOX_WEBHOOKS_ALLOW_PRIVATE lifts the address rule for a sandbox only its
 * operator can reach (the integration tests' receivers on 127.0.0.1).
 */
const NON_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 3],
] as const) {
  NON_PUBLIC.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 127],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  NON_PUBLIC.addSubnet(net, prefix, "ipv6");
}

export function isNonPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return NON_PUBLIC.check(mapped[1]!, "ipv4");
  const family = isIP(bare);
  if (family === 0) return true;
  return NON_PUBLIC.check(bare, family === 4 ? "ipv4" : "ipv6");
}

export interface UrlRules {
  /** The shop's own origin (APP_URL), where the demo webhook goes. */
  readonly appOrigin: string;
  /** Origins the console allowed for this merchant. */
  readonly allowedOrigins: readonly string[];
  readonly allowPrivate: boolean;
}

/** Why this URL is refused as a webhook, or null. Names alone: addresses are checked on connect. */
export function webhookUrlRefusal(raw: string, rules: UrlRules): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "is not a URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must be an http or https URL";
  if (url.origin === new URL(rules.appOrigin).origin) return null;
  if (!rules.allowedOrigins.includes(url.origin)) {
    return `must be on the shop's origin (${new URL(rules.appOrigin).origin}) unless the sandbox console allowed ${url.origin} for this merchant`;
  }
  if (rules.allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) !== 0 ? isNonPublicAddress(host) : host === "localhost" || host.endsWith(".localhost")) {
    return "must not point at a loopback, private or link-local address";
  }
  return null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that refuses to connect to a non-public address. */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((a) => isNonPublicAddress(a.address));
    if (refused) {
      const denied: NodeJS.ErrnoException = new Error(`refused: ${hostname} resolves to the non-public address ${refused.address}`);
      denied.code = "EADDRNOTAVAIL";
      return callback(denied, []);
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}
