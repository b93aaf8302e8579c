import "server-only";
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import type { PvDocument } from "./pv-de-recette";

const PAGE = { width: 595.28, height: 841.89, margin: 50 } as const;

/**
 * The standard PDF fonts speak WinAnsi: French and German letters, the euro
 * and the dashes are in it; the narrow no-break space Intl puts in French
 * numbers and the arrows are not, and are written with their nearest kin.
 */
function winAnsi(text: string): string {
  return text.replace(/[\u202f\u2009]/g, " ").replace(/→/g, ">").replace(/[^\x20-\x7e\u00a0-\u00ff€—–…’‘“”•]/g, "?");
}

/** Lays out lines top-down, starting a new page when one is full. */
class Writer {
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let current = "";
    for (const word of winAnsi(text).split(/\s+/)) {
      const next = current ? `${current} ${word}` : word;
      if (current && font.widthOfTextAtSize(next, size) > width) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    if (current) lines.push(current);
    return lines;
  }

  text(text: string, options: { size?: number; bold?: boolean; indent?: number; color?: [number, number, number]; gap?: number } = {}): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const x = PAGE.margin + (options.indent ?? 0);
    const leading = size * 1.35;
    for (const line of this.wrap(text, font, size, PAGE.width - x - PAGE.margin)) {
      if (this.y - leading < PAGE.margin) {
        this.page = this.doc.addPage([PAGE.width, PAGE.height]);
        this.y = PAGE.height - PAGE.margin;
      }
      this.y -= leading;
      this.page.drawText(line, { x, y: this.y, size, font, color: rgb(...(options.color ?? [0, 0, 0])) });
    }
    this.y -= options.gap ?? 2;
  }
}

const GREEN: [number, number, number] = [0.08, 0.45, 0.2];
const RED: [number, number, number] = [0.7, 0.1, 0.1];

/** The PV de recette as a PDF document (A4, standard fonts: nothing to install, no browser). */
export async function pvPdf(pv: PvDocument): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(pv.title);
  doc.setAuthor(pv.merchant);
  doc.setSubject(`Recette du financement, ${pv.environment}`);
  doc.setLanguage("fr-FR");
  const w = new Writer(doc, { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) });
  w.text(pv.title, { size: 16, bold: true, gap: 8 });
  w.text(`Marchand : ${pv.merchant}`);
  w.text(`N° ORIAS : ${pv.orias}`);
  w.text(`Environnement : ${pv.environment}`);
  w.text(`Établi le : ${pv.date}`);
  w.text(pv.summary, { gap: 10 });
  for (const c of pv.cases) {
    w.text(`${c.passed ? "[OK]" : "[À FAIRE]"} ${c.solutionCode} — ${c.title}`, { bold: true, size: 11, color: c.passed ? GREEN : RED });
    w.text(`Environnement : ${c.environment}`, { indent: 12 });
    if (c.order) {
      w.text(`Commande : ${c.order.reference} — souscription : ${c.order.subscriptionId}`, { indent: 12 });
      w.text(`Montants : ${c.order.amounts}`, { indent: 12 });
      w.text(`Statuts : ${c.order.statuses}`, { indent: 12 });
      w.text(`Horodatage : ${c.order.timestamps}`, { indent: 12 });
    }
    if (c.todo) w.text(`Reste à faire : ${c.todo}`, { indent: 12 });
    w.text("", { gap: 6 });
  }
  w.text(pv.signature, { gap: 40 });
  return doc.save();
}
