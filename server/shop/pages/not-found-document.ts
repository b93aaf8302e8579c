import { escapeHtml } from "@/server/lib/html";

export interface NotFoundTexts {
  readonly lang: string;
  readonly brand: string;
  readonly title: string;
  readonly body: string;
  readonly back: string;
  /** Where the one link leads: the shop's home, or the back office's orders. */
  readonly backHref: string;
}

/**
 * The page for a URL no route answers, as a whole document written here
 * rather than Next's prerendered 404: that one is built once, so its scripts
 * carry no request's CSP nonce and the browser blocks them. This one has no
 * script at all, its one style block takes this request's nonce, and it
 * speaks the visitor's language.
 */
export function notFoundDocument(texts: NotFoundTexts, nonce: string | null): string {
  const e = escapeHtml;
  const nonceAttribute = nonce ? ` nonce="${e(nonce)}"` : "";
  return `<!DOCTYPE html>
<html lang="${e(texts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(texts.title)} · ${e(texts.brand)}</title>
<style${nonceAttribute}>
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #18181b; background: #fafaf9; line-height: 1.5; }
header { border-bottom: 1px solid #e4e4e7; background: #fff; padding: 1rem 1.25rem; }
header a { font-weight: 800; font-size: 1.25rem; color: #18181b; text-decoration: none; letter-spacing: -.02em; }
main { max-width: 40rem; margin: 3rem auto; padding: 0 1.25rem; text-align: center; }
h1 { letter-spacing: -.02em; font-size: clamp(1.6rem, 1.2rem + 1.5vw, 2.25rem); line-height: 1.2; margin: .5rem 0 1rem; }
p { color: #52525b; }
.button { display: inline-block; margin-top: 1rem; padding: .7rem 1.2rem; border-radius: .6rem; background: #0b5cad; color: #fff; font-weight: 600; text-decoration: none; }
.button:hover, .button:focus-visible { background: #094a8c; }
</style>
</head>
<body>
<header><a href="/">${e(texts.brand)}</a></header>
<main>
<h1>${e(texts.title)}</h1>
<p>${e(texts.body)}</p>
<a class="button" href="${e(texts.backHref)}">${e(texts.back)}</a>
</main>
</body>
</html>
`;
}
