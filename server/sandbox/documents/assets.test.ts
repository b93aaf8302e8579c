import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { kitAssetPaths, SANDBOX_ASSETS_PATH } from "../domain/communication-kit";
import { SOLUTIONS } from "../domain/solutions";
import { sandboxAssets } from "./assets";
import { checkPdfStructure } from "./pdf-structure.test-support";

const PUBLIC = path.join(process.cwd(), "public");
const ASSETS_DIR = path.join(PUBLIC, SANDBOX_ASSETS_PATH);

describe("sandbox kit assets", () => {
  const generated = sandboxAssets();

  it("are committed exactly as generated from the catalogue (run scripts/generate-sandbox-assets.ts)", () => {
    expect(readdirSync(ASSETS_DIR).sort()).toEqual(generated.map((f) => f.name).sort());
    for (const file of generated) {
      expect(readFileSync(path.join(ASSETS_DIR, file.name)).equals(file.content), file.name).toBe(true);
    }
  });

  it("include every file a communication kit points at", () => {
    for (const solution of SOLUTIONS) {
      for (const asset of kitAssetPaths(solution)) {
        expect(asset.startsWith(`${SANDBOX_ASSETS_PATH}/`)).toBe(true);
        expect(existsSync(path.join(PUBLIC, asset)), asset).toBe(true);
      }
    }
  });

  it("are well-formed PDFs and SVGs", () => {
    for (const file of generated) {
      if (file.name.endsWith(".pdf")) expect(checkPdfStructure(file.content).pages).toBeGreaterThan(0);
      else expect(file.content.toString("utf8")).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*role="img"[\s\S]*<title id="t">[^<]+<\/title>[\s\S]*<\/svg>\n$/);
    }
  });

  it("quote the simulator's figures in the documents", () => {
    const notice = generated.find((f) => f.name === "notice-credit-franfinance.pdf")!.content.toString("latin1");
    // 1,000 € over 12 months at 9.90 %: 87.87 € a month, APRC 10.36 % (see simulate.test.ts).
    expect(notice).toContain("87,87\\240\\200");
    expect(notice).toContain("10,36\\240%");
  });
});
