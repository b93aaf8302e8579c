import type { Metadata } from "next";
import Link from "next/link";
import { shopDb } from "@/db/shop/client";
import { requireAdmin } from "@/server/shop/auth/session";
import { bankClient } from "@/server/shop/bank";
import { goLiveChecklist } from "@/server/shop/go-live/checklist";
import { goLiveState } from "@/server/shop/go-live/go-live-facts";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import { todoText } from "@/server/shop/go-live/todo-text";
import { DataTable } from "../../_components/data-table";
import { PageHead } from "../../_components/page-head";
import { reasonText } from "./reason-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminI18n()).t.goLive.title };
}

export default async function GoLivePage() {
  await requireAdmin("/admin/go-live");
  const [{ t, fmt }, state] = await Promise.all([getAdminI18n(), goLiveState({ db: shopDb(), bank: bankClient() })]);
  const lines = goLiveChecklist(state.facts);
  const red = lines.filter((l) => !l.ok).length;
  const report = "error" in state.acceptance ? null : state.acceptance;
  return (
    <>
      <PageHead
        title={t.goLive.title}
        intro={t.goLive.intro}
        aside={
          <p className="go-live-pv">
            <Link href="/admin/go-live/pv">{t.goLive.pv}</Link>
            <a href="/admin/go-live/pv.pdf" download>
              {t.goLive.pvPdf}
            </a>
          </p>
        }
      />
      <p className={`notice ${red === 0 ? "ok" : "warn"}`} role="status">
        {red === 0 ? t.goLive.allGreen : t.goLive.remaining(red)}
      </p>
      <ul className="go-live-lines" data-testid="go-live-lines">
        {lines.map((line) => (
          <li key={line.id} className={`card go-live-line ${line.ok ? "is-ok" : "is-red"}`} data-check={line.id} data-ok={line.ok}>
            <span className={`badge ${line.ok ? "good" : "bad"}`}>{line.ok ? t.goLive.ok : t.goLive.todo}</span>
            <div>
              <h2>{t.goLive.lines[line.id]}</h2>
              <p>{reasonText(line.reason, t, fmt)}</p>
            </div>
          </li>
        ))}
      </ul>
      {report && (
        <section aria-labelledby="go-live-cases" className="go-live-cases">
          <h2 id="go-live-cases">{t.goLive.casesTitle}</h2>
          <p className="muted">
            {t.goLive.casesIntro} {t.goLive.solutionsFrom[report.solutions.source]}
          </p>
          <DataTable
            testId="acceptance-cases"
            rows={report.cases}
            rowKey={(c) => c.id}
            rowData={(c) => ({ "data-case": c.id, "data-passed": c.passed })}
            columns={[
              { header: t.goLive.caseColumns.solution, cell: (c) => c.solutionCode },
              { header: t.goLive.caseColumns.scenario, cell: (c) => t.goLive.kinds[c.kind] ?? c.kind },
              { header: t.goLive.caseColumns.environment, cell: (c) => t.goLive.environments[c.environment] ?? c.environment },
              { header: t.goLive.caseColumns.result, cell: (c) => <span className={`badge ${c.passed ? "good" : "bad"}`}>{c.passed ? t.goLive.ok : t.goLive.todo}</span> },
              {
                header: t.goLive.caseColumns.order,
                cell: (c) =>
                  c.evidence ? (
                    <>
                      <Link href={c.evidence.orderHref}>{c.evidence.reference}</Link>{" "}
                      <Link href={c.evidence.apiLogHref} className="muted">
                        ({t.goLive.apiCalls})
                      </Link>
                    </>
                  ) : (
                    <span className="muted">{t.common.none}</span>
                  ),
              },
              { header: t.goLive.caseColumns.left, cell: (c) => todoText(c, t, fmt.dateTime) ?? "" },
            ]}
          />
        </section>
      )}
    </>
  );
}
