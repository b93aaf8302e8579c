/**
 * A minimal PDF 1.4 writer for the sandbox's product documents: text only,
 * A4 pages, the standard Helvetica fonts (no embedding), automatic line
 * wrapping and page breaks. Enough for a readable information notice, and
 * small enough to read in one sitting.
 */

export interface PdfParagraph {
  readonly text: string;
  /** "title" and "heading" are bold and larger; "body" is the default. */
  readonly style?: "title" | "heading" | "body" | "small";
}

const PAGE = { width: 595, height: 842, margin: 56 } as const;
const STYLES = {
  title: { font: "F2", size: 16, before: 0, after: 10 },
  heading: { font: "F2", size: 12, before: 10, after: 4 },
  body: { font: "F1", size: 10, before: 0, after: 6 },
  small: { font: "F1", size: 8, before: 6, after: 4 },
} as const;

// WinAnsiEncoding (the standard fonts' encoding) differs from Latin-1 on 0x80–0x9F.
const WIN_ANSI_EXTRAS: Readonly<Record<string, number>> = {
  "€": 0x80, "…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "Œ": 0x8c, "œ": 0x9c,
  "\u202f": 0xa0, // narrow no-break space, as Intl writes French amounts
};

/** Text → WinAnsi bytes; throws on a character the standard fonts cannot show. */
export function winAnsi(text: string): number[] {
  return [...text].map((ch) => {
    const extra = WIN_ANSI_EXTRAS[ch];
    if (extra !== undefined) return extra;
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code > 0xff) {
      throw new RangeError(`character U+${code.toString(16).padStart(4, "0")} cannot be written in a standard PDF font`);
    }
    return code;
  });
}

/**
 * Greedy word wrap on ordinary spaces (no-break spaces keep "9,90 %" together),
 * assuming Helvetica's glyphs average a little over half the font size.
 */
function wrap(text: string, size: number): string[] {
  const maxChars = Math.floor((PAGE.width - 2 * PAGE.margin) / (size * 0.55));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > maxChars && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function escapeString(bytes: number[]): string {
  return bytes
    .map((b) => {
      if (b === 0x28 || b === 0x29 || b === 0x5c) return `\\${String.fromCharCode(b)}`;
      if (b > 0x7e) return `\\${b.toString(8).padStart(3, "0")}`;
      return String.fromCharCode(b);
    })
    .join("");
}

/** Document-information strings are not in the fonts' encoding: UTF-16BE with a byte-order mark works everywhere. */
function utf16Hex(text: string): string {
  const units = [...text].flatMap((ch) => {
    const code = ch.codePointAt(0)!;
    if (code <= 0xffff) return [code];
    const v = code - 0x10000;
    return [0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff)];
  });
  return `<FEFF${units.map((u) => u.toString(16).toUpperCase().padStart(4, "0")).join("")}>`;
}

function layOut(paragraphs: readonly PdfParagraph[]): string[] {
  const pages: string[][] = [[]];
  let y = PAGE.height - PAGE.margin;
  for (const p of paragraphs) {
    const style = STYLES[p.style ?? "body"];
    const leading = style.size * 1.35;
    y -= style.before;
    for (const line of wrap(p.text, style.size)) {
      if (y - leading < PAGE.margin) {
        pages.push([]);
        y = PAGE.height - PAGE.margin;
      }
      y -= leading;
      pages.at(-1)!.push(`BT /${style.font} ${style.size} Tf ${PAGE.margin} ${y.toFixed(2)} Td (${escapeString(winAnsi(line))}) Tj ET`);
    }
    y -= style.after;
  }
  return pages.map((ops) => ops.join("\n"));
}

/** Renders the paragraphs as a complete PDF file. */
export function renderPdf(paragraphs: readonly PdfParagraph[], meta: { title: string }): Buffer {
  const contents = layOut(paragraphs);
  const pageCount = contents.length;
  // Objects: 1 catalog, 2 pages, 3 info, 4 Helvetica, 5 Helvetica-Bold, then (page, content) pairs.
  const pageId = (i: number) => 6 + 2 * i;
  const objects: string[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${contents.map((_, i) => `${pageId(i)} 0 R`).join(" ")}] /Count ${pageCount} >>`,
    `<< /Title ${utf16Hex(meta.title)} /Producer (Scalexpert sandbox) >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
  ];
  contents.forEach((stream, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] ` +
        `/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents ${pageId(i) + 1} 0 R >>`,
    );
    objects.push(`<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`);
  });

  // The file is built as a Latin-1 string (text is octal-escaped; only the
  // binary marker comment is above 0x7F), so one character is one byte.
  let body = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
