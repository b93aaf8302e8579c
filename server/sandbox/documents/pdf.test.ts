import { describe, expect, it } from "vitest";
import { renderPdf, winAnsi } from "./pdf";
import { checkPdfStructure } from "./pdf-structure.test-support";

describe("winAnsi", () => {
  it("maps Latin-1 directly and the euro sign and dashes to their WinAnsi codes", () => {
    expect(winAnsi("Aé€–’")).toEqual([0x41, 0xe9, 0x80, 0x96, 0x92]);
    expect(winAnsi("1\u202f000")).toEqual([0x31, 0xa0, 0x30, 0x30, 0x30]);
  });

  it("refuses characters the standard fonts do not have", () => {
    expect(() => winAnsi("ł")).toThrow(RangeError);
    expect(() => winAnsi("tab\there")).toThrow(RangeError);
  });
});

describe("renderPdf", () => {
  it("writes a well-formed one-page file with escaped text", () => {
    const pdf = renderPdf([{ text: "Titre (1) \\ 1 000 €", style: "title" }, { text: "Corps" }], { title: "Essai – été" });
    expect(checkPdfStructure(pdf)).toEqual({ objects: 7, pages: 1 });
    const text = pdf.toString("latin1");
    expect(text).toContain("(Titre \\(1\\) \\\\ 1 000 \\200)");
    expect(text).toContain("/Title <FEFF0045007300730061006900202013002000E9007400E9>");
  });

  it("wraps long paragraphs and breaks pages", () => {
    const paragraph = { text: Array.from({ length: 400 }, (_, i) => `mot${i}`).join(" ") };
    const pdf = renderPdf(Array(6).fill(paragraph), { title: "Long" });
    const { pages } = checkPdfStructure(pdf);
    expect(pages).toBeGreaterThan(1);
    const longest = Math.max(...[...pdf.toString("latin1").matchAll(/Td \((.*)\) Tj/g)].map((m) => m[1]!.length));
    expect(longest).toBeLessThanOrEqual(90);
  });

  it("keeps no-break spaces together when wrapping", () => {
    // 41 "x" make an 81-character line: "12,34" alone would still fit on it, "12,34 €" does not.
    const pdf = renderPdf([{ text: `${"x ".repeat(41)}12,34\u00a0€` }], { title: "t" });
    expect(pdf.toString("latin1")).toContain("(12,34\\240\\200)");
  });
});
