import { describe, expect, it } from "vitest";
import { notFoundDocument } from "./not-found-document";

const texts = { lang: "de", brand: "Maison Crédit", title: "Seite nicht gefunden", body: "Diese Seite gibt es nicht.", back: "Zurück zum Shop", backHref: "/" };

describe("notFoundDocument", () => {
  it("speaks the visitor's language and links back", () => {
    const html = notFoundDocument(texts, "bm9uY2U=");
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("<h1>Seite nicht gefunden</h1>");
    expect(html).toContain('<a class="button" href="/">Zurück zum Shop</a>');
  });

  it("puts the request's nonce on its one style block and has no script", () => {
    const html = notFoundDocument(texts, "bm9uY2U=");
    expect(html.match(/<style[^>]*>/g)).toEqual(['<style nonce="bm9uY2U=">']);
    expect(html).not.toMatch(/<script/i);
    expect(notFoundDocument(texts, null)).toContain("<style>");
  });

  it("escapes every text", () => {
    const html = notFoundDocument({ ...texts, title: '<img src=x onerror="alert(1)">', backHref: '/"><script>' }, null);
    expect(html).not.toContain("<img");
    expect(html).not.toContain('"><script>');
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});
