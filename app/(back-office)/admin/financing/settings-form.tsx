"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState, useSyncExternalStore } from "react";
import { parseEuroAmount } from "@/server/shop/admin/euro-amount";
import type { ContractedSolution } from "@/server/shop/financing/contract";
import { type FinancingSettings, PLACEMENTS, type Placement, type SettingsIssue, settingsIssues } from "@/server/shop/financing/settings";
import { splitInstallments } from "@/server/shop/financing/solution-kind";
import { useAdminI18n } from "@/app/_client/admin-i18n";
import { LOCALES, type Locale } from "@/server/shop/i18n/locales";
import { useTRPC } from "@/app/_client/trpc";

/** One solution as the form edits it: amounts as typed, in euros. */
interface Row {
  solutionCode: string;
  enabled: boolean;
  min: string;
  max: string;
  placements: Record<Placement, boolean>;
  titles: Record<Locale, string>;
}

interface Props {
  revision: number;
  settings: FinancingSettings;
  contract: readonly ContractedSolution[];
  categories: string[];
  products: { sku: string; name: string; category: string }[];
}

type Notice = { kind: "ok" | "error" | "warn"; text: string } | null;

/**
 * The merchant's financing settings as one form: each contracted solution in
 * the order shoppers see it (moved with its buttons), on or off, its amounts
 * inside the bank's range, where it is shown and its titles; then the
 * categories and products not financed. Checked here with the server's own
 * schema (in the admin's words), and again by the server on save.
 */
export function FinancingSettingsForm({ revision: loadedRevision, settings, contract, categories, products }: Props) {
  const { t, fmt } = useAdminI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const noticeRef = useRef<HTMLDivElement>(null);
  const [revision, setRevision] = useState(loadedRevision);
  const [rows, setRows] = useState<Row[]>(() =>
    settings.solutions.map((s) => ({
      solutionCode: s.solutionCode,
      enabled: s.enabled,
      min: s.minCents === null ? "" : fmt.amountInput(s.minCents),
      max: s.maxCents === null ? "" : fmt.amountInput(s.maxCents),
      placements: { ...s.placements },
      titles: Object.fromEntries(LOCALES.map((l) => [l, s.titles[l] ?? ""])) as Record<Locale, string>,
    })),
  );
  const [excludedCategories, setExcludedCategories] = useState(new Set(settings.excludedCategories));
  const [excludedSkus, setExcludedSkus] = useState(new Set(settings.excludedSkus));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const save = useMutation(trpc.admin.financing.save.mutationOptions());
  // False in the server's HTML and until hydration: a click before would submit the form natively and lose the edits.
  const hydrated = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

  const contracted = (code: string) => contract.find((c) => c.solutionCode === code);
  const nameOf = (code: string) => t.financing.solutionName(splitInstallments(code), contracted(code)?.country ?? "");
  const update = (index: number, change: Partial<Row>) => setRows((all) => all.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const move = (index: number, by: -1 | 1) =>
    setRows((all) => {
      const next = [...all];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row!);
      return next;
    });
  const toggle = (set: Set<string>, value: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  const issueText = (issue: SettingsIssue) => {
    const words = t.financing.issues[issue.code as keyof typeof t.financing.issues];
    return words ? words(fmt.money(issue.boundCents ?? 0)) : issue.code;
  };

  const show = (found: Record<string, string>, next: Notice) => {
    setErrors(found);
    setNotice(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: Record<string, string> = {};
    const amount = (text: string, path: string) => {
      if (text.trim() === "") return null;
      const cents = parseEuroAmount(text);
      if (cents === null || cents === 0) found[path] = t.financing.notAnAmount;
      return cents;
    };
    const candidate: FinancingSettings = {
      solutions: rows.map((row, i) => ({
        solutionCode: row.solutionCode,
        enabled: row.enabled,
        minCents: amount(row.min, `solutions.${i}.minCents`),
        maxCents: amount(row.max, `solutions.${i}.maxCents`),
        placements: row.placements,
        titles: Object.fromEntries(LOCALES.map((l) => [l, row.titles[l].trim()]).filter(([, text]) => text)),
      })),
      excludedCategories: [...excludedCategories].sort(),
      excludedSkus: [...excludedSkus].sort(),
    };
    for (const issue of settingsIssues(contract, candidate).issues) found[issue.path] ??= issueText(issue);
    if (Object.keys(found).length > 0) return show(found, { kind: "error", text: t.financing.fixErrors(Object.keys(found).length) });
    save.mutate(
      { settings: candidate, baseRevision: revision },
      {
        onSuccess: (outcome) => {
          if (outcome.ok) {
            setRevision(outcome.revision);
            show({}, { kind: "ok", text: outcome.changes.length ? t.financing.saved : t.financing.unchanged });
            router.refresh();
          } else if (outcome.reason === "stale") {
            show({}, { kind: "warn", text: t.financing.stale });
          } else {
            const fromServer = Object.fromEntries(outcome.issues.map((issue) => [issue.path, issueText(issue)]));
            show(fromServer, { kind: "error", text: t.financing.fixErrors(outcome.issues.length) });
          }
        },
        onError: (error) => show({}, { kind: "error", text: error.message }),
      },
    );
  }

  const fieldError = (path: string) =>
    errors[path] ? { "aria-invalid": true as const, "aria-describedby": `err-${path.replaceAll(".", "-")}` } : {};
  const errorText = (path: string) =>
    errors[path] && (
      <span className="field-error" id={`err-${path.replaceAll(".", "-")}`}>
        {errors[path]}
      </span>
    );

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label={t.financing.title}>
      <div ref={noticeRef} tabIndex={-1}>
        {notice && (
          <p className={`notice ${notice.kind}`} role={notice.kind === "ok" ? "status" : "alert"} data-testid="financing-notice">
            {notice.text}
          </p>
        )}
      </div>

      <h2>{t.financing.solutions}</h2>
      <ol className="stack financing-solutions">
        {rows.map((row, i) => {
          const name = nameOf(row.solutionCode);
          const bank = contracted(row.solutionCode);
          const id = `fs-${row.solutionCode}`;
          return (
            <li key={row.solutionCode} className="card" aria-labelledby={`${id}-name`}>
              <fieldset>
                <legend id={`${id}-name`}>
                  {name} <span className="muted mono small">{row.solutionCode}</span>
                </legend>
                <div className="form-actions financing-order">
                  <button type="button" className="secondary" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t.financing.moveUp(name)}>
                    ↑
                  </button>
                  <button type="button" className="secondary" disabled={i === rows.length - 1} onClick={() => move(i, 1)} aria-label={t.financing.moveDown(name)}>
                    ↓
                  </button>
                  <label className="inline">
                    <input type="checkbox" checked={row.enabled} onChange={(e) => update(i, { enabled: e.target.checked })} />
                    {t.financing.offered}
                  </label>
                </div>
                {bank && <p className="hint">{t.financing.bankRange(fmt.money(bank.minCents), fmt.money(bank.maxCents))}</p>}
                <div className="form-grid">
                  {(["min", "max"] as const).map((bound) => {
                    const path = `solutions.${i}.${bound}Cents`;
                    return (
                      <label key={bound}>
                        {bound === "min" ? t.financing.minimum : t.financing.maximum}
                        <input
                          name={`${row.solutionCode}-${bound}`}
                          inputMode="decimal"
                          autoComplete="off"
                          value={row[bound]}
                          placeholder={bank ? fmt.amountInput(bound === "min" ? bank.minCents : bank.maxCents) : undefined}
                          onChange={(e) => update(i, { [bound]: e.target.value })}
                          {...fieldError(path)}
                        />
                        {errorText(path)}
                      </label>
                    );
                  })}
                </div>
                <fieldset className="financing-placements">
                  <legend>{t.financing.shownOn}</legend>
                  {PLACEMENTS.map((placement) => (
                    <label key={placement} className="inline">
                      <input
                        type="checkbox"
                        checked={row.placements[placement]}
                        onChange={(e) => update(i, { placements: { ...row.placements, [placement]: e.target.checked } })}
                      />
                      {t.financing.placements[placement]}
                    </label>
                  ))}
                </fieldset>
                <div className="form-grid">
                  {LOCALES.map((locale) => (
                    <label key={locale}>
                      {t.financing.customTitle(t.financing.languageNames[locale])}
                      <input
                        lang={locale}
                        maxLength={60}
                        value={row.titles[locale]}
                        onChange={(e) => update(i, { titles: { ...row.titles, [locale]: e.target.value } })}
                      />
                    </label>
                  ))}
                </div>
                <p className="hint">{t.financing.titleHint}</p>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="hint">{t.financing.checkoutNote}</p>

      <h2>{t.financing.exclusions}</h2>
      <p className="hint">{t.financing.exclusionsHint}</p>
      <div className="grid-2">
        <fieldset className="card">
          <legend>{t.financing.categories}</legend>
          {categories.map((category) => (
            <label key={category} className="inline">
              <input type="checkbox" checked={excludedCategories.has(category)} onChange={(e) => setExcludedCategories((set) => toggle(set, category, e.target.checked))} />
              {category}
            </label>
          ))}
        </fieldset>
        <fieldset className="card">
          <legend>{t.financing.products}</legend>
          {products.map((product) => (
            <label key={product.sku} className="inline">
              <input type="checkbox" checked={excludedSkus.has(product.sku)} onChange={(e) => setExcludedSkus((set) => toggle(set, product.sku, e.target.checked))} />
              {product.name} <span className="muted mono small">{product.sku}</span>
            </label>
          ))}
        </fieldset>
      </div>

      <div className="form-actions">
        <button type="submit" disabled={!hydrated || save.isPending}>
          {save.isPending ? t.financing.saving : t.financing.save}
        </button>
      </div>
    </form>
  );
}
