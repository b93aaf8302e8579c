/** Puts the latest Markdown results between the bench's markers in README.md (`--readme`); nothing else is touched. */
import { readFileSync, writeFileSync } from "node:fs";

const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";

export function updateReadme(path: string, markdown: string): boolean {
  const text = readFileSync(path, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  writeFileSync(path, `${text.slice(0, start + START.length)}\n${markdown.trim()}\n${text.slice(end)}`);
  return true;
}
