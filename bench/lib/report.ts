/**
 * What a figure reports, and the two ways it is shown: a plain-text table on
 * the terminal and a Markdown table for README.md; bench/results.json keeps
 * everything, rounds included.
 */
import { ratio, round } from "./stats";

export interface Target {
  /** e.g. "≤ 1.3 × baseline". */
  text: string;
  met: boolean;
}

export interface Measure {
  label: string;
  unit: string;
  value: number;
  /** What the value is compared with, measured in the same run. */
  baseline: number | null;
  baselineLabel: string;
  /** value / baseline. */
  ratio: number | null;
  target?: Target;
  /** Per-round values, when the value is a median. */
  rounds?: { value: number[]; baseline?: number[] };
}

export interface FigureResult {
  id: number;
  title: string;
  measures: Measure[];
  notes: string[];
  /** Set when the figure could not be measured; its measures may be partial. */
  error?: string;
  seconds: number;
}

export function measure(fields: Omit<Measure, "ratio">): Measure {
  return { ...fields, value: round(fields.value), baseline: fields.baseline === null ? null : round(fields.baseline), ratio: maybeRound(ratio(fields.value, fields.baseline), 3) };
}

function maybeRound(value: number | null, digits: number): number | null {
  return value === null ? null : round(value, digits);
}

const fmt = (value: number | null, unit = ""): string => {
  if (value === null || !Number.isFinite(value)) return "–";
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const text = value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit ? `${text} ${unit}` : text;
};

const targetText = (t?: Target): string => (t ? `${t.text} ${t.met ? "✓ met" : "✗ missed"}` : "");

type Row = [string, string, string, string, string, string];

function rows(figures: readonly FigureResult[]): { head: Row; body: Row[] } {
  const head: Row = ["#", "Measure", "Value", "Baseline", "Ratio", "Target"];
  const body: Row[] = [];
  for (const f of figures) {
    if (f.error) body.push([String(f.id), `${f.title}: NOT MEASURED (${f.error})`, "", "", "", ""]);
    for (const m of f.measures) {
      body.push([
        String(f.id),
        m.label,
        fmt(m.value, m.unit),
        m.baseline === null ? m.baselineLabel : `${fmt(m.baseline, m.unit)} (${m.baselineLabel})`,
        m.ratio === null ? "–" : `${fmt(m.ratio)}×`,
        targetText(m.target),
      ]);
    }
  }
  return { head, body };
}

export function textTable(figures: readonly FigureResult[]): string {
  const { head, body } = rows(figures);
  const all = [head, ...body];
  const widths = head.map((_, c) => Math.max(...all.map((r) => [...r[c]!].length)));
  const line = (r: Row) => r.map((cell, c) => cell + " ".repeat(widths[c]! - [...cell].length)).join("  ").trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(head), rule, ...body.map(line)].join("\n");
}

export function markdownTable(figures: readonly FigureResult[]): string {
  const { head, body } = rows(figures);
  const esc = (s: string) => s.replaceAll("|", "\\|");
  return [head, head.map(() => "---"), ...body].map((r) => `| ${r.map(esc).join(" | ")} |`).join("\n");
}

export function notesText(figures: readonly FigureResult[]): string[] {
  return figures.flatMap((f) => f.notes.map((n) => `${f.id}. ${n}`));
}

/** One line per figure: how many of its targets are met, which are missed, or that it sets none. */
export function targetSummary(figures: readonly FigureResult[]): string[] {
  return figures.map((f) => {
    const head = `Figure ${f.id} (${f.title}):`;
    if (f.error) return `${head} NOT MEASURED, targets unknown`;
    const targeted = f.measures.filter((m) => m.target);
    if (targeted.length === 0) return `${head} no target (reported for information)`;
    const missed = targeted.filter((m) => !m.target!.met);
    const status = missed.length === 0 ? "✓ met" : "✗ missed";
    const detail = missed.length === 0 ? "" : `; missed: ${missed.map((m) => `${m.label} (${m.target!.text})`).join("; ")}`;
    return `${head} ${status}, ${targeted.length - missed.length} of ${targeted.length} target(s) met${detail}`;
  });
}
