import { escapeHtml } from "@/server/lib/html";
import type { Solution } from "../../domain/solutions";
import type { GermanRedirect } from "../../planning/settings";

/** The buyer's way into the bank's journey pages for one subscription. */
export function journeyUrl(origin: string, subscriptionId: string, journeyToken: string): string {
  const url = new URL(`/sandbox/journey/${encodeURIComponent(subscriptionId)}`, origin);
  url.searchParams.set("t", journeyToken);
  return url.toString();
}

/**
 * Hanseatic Bank answers with an HTML page for the merchant to show (type
 * "page") rather than a URL: a complete document with no script, whose one
 * action opens the journey in the top window (the merchant may frame it).
 */
export function journeyPage(url: string, solution: Solution, financedAmountCents: number): string {
  const href = escapeHtml(url);
  const amount = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(financedAmountCents / 100);
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>HANSEATIC BANK – Finanzierung</title>
<style>
body{margin:0;font-family:Arial,Helvetica,sans-serif;background:#f3f5f8;color:#1d2a3a}
header{background:#003b6f;color:#fff;padding:16px 24px;font-weight:bold;letter-spacing:.04em}
main{max-width:560px;margin:32px auto;background:#fff;border-radius:8px;padding:28px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:1.35rem;margin:0 0 12px}
p{line-height:1.5}
a.button{display:inline-block;margin-top:16px;background:#e2001a;color:#fff;text-decoration:none;padding:12px 22px;border-radius:4px;font-weight:bold}
a.button:focus{outline:3px solid #003b6f;outline-offset:2px}
small{display:block;margin-top:20px;color:#5b6675}
</style>
</head>
<body>
<header>HANSEATIC BANK</header>
<main>
<h1>Ihre Finanzierung über ${escapeHtml(amount)}</h1>
<p>Sie haben die Ratenzahlung (${escapeHtml(solution.code)}) gewählt. Im nächsten Schritt erfassen Sie Ihre Bankverbindung, bestätigen Ihre Identität und unterschreiben den Kreditvertrag online.</p>
<a class="button" href="${href}" target="_top" rel="noopener">Weiter zur Finanzierung</a>
<small>Testumgebung (Sandbox): Es werden keine echten Daten übermittelt.</small>
</main>
</body>
</html>`;
}

/**
 * The `redirect` of POST /subscriptions: a URL, or for the German (Hanseatic)
 * codes the page when the merchant's setting asks for it.
 */
export function journeyRedirect(
  origin: string,
  subscriptionId: string,
  journeyToken: string,
  solution: Solution,
  financedAmountCents: number,
  germanRedirect: GermanRedirect,
) {
  const url = journeyUrl(origin, subscriptionId, journeyToken);
  return solution.producer === "HANSEATIC BANK" && germanRedirect === "page"
    ? { type: "page" as const, value: journeyPage(url, solution, financedAmountCents) }
    : { type: "url" as const, value: url };
}
