import { escapeHtml as escape } from "@/server/lib/html";
import { journeyTexts } from "@/server/sandbox/journeys/texts";

/**
 * A journey link that opens nothing (proxy.ts rewrites it here): plain HTML
 * with a real 404, because the journey page's own notFound() streams after
 * its 200 (Next 16 cacheComponents). No script, so no nonce to carry.
 */
export function GET(): Response {
  const fr = journeyTexts("fr").invalidLink;
  const de = journeyTexts("de").invalidLink;
  const html = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(fr.title)}</title></head><body><main><section><h1>${escape(fr.title)}</h1><p>${escape(fr.body)}</p></section><section lang="de"><h2>${escape(de.title)}</h2><p>${escape(de.body)}</p></section></main></body></html>`;
  return new Response(html, { status: 404, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
