import type { Metadata } from "next";
import { requireAdmin } from "@/server/shop/auth/session";
import { settingsChangeLines } from "@/server/shop/admin/settings-history";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import { serverCaller } from "@/server/shop/trpc/server";
import { Time } from "../_components/time";
import { DataTable } from "../../_components/data-table";
import { PageHead } from "../../_components/page-head";
import { FinancingSettingsForm } from "./settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminI18n()).t.meta.financing };
}

export default async function FinancingSettingsPage() {
  await requireAdmin("/admin/financing");
  const caller = await serverCaller();
  const [{ t, fmt }, data] = await Promise.all([getAdminI18n(), caller.admin.financing.get()]);
  const lines = settingsChangeLines(t, fmt, data.contract, data.products);
  return (
    <>
      <PageHead title={t.financing.title} intro={t.financing.intro} />
      {/* Not keyed by revision: after a save the page refreshes its history, and the form keeps what was saved and its notice. */}
      <FinancingSettingsForm revision={data.revision} settings={data.settings} contract={data.contract} categories={data.categories} products={data.products} />

      <h2 className="spaced" id="financing-history">
        {t.financing.history}
      </h2>
      <DataTable
        labelledBy="financing-history"
        testId="financing-history"
        rows={data.history}
        rowKey={(revision) => revision.id}
        empty={t.financing.historyEmpty}
        columns={[
          { header: t.financing.when, className: "nowrap", cell: (revision) => <Time ms={revision.changedAt} /> },
          { header: t.financing.who, cell: (revision) => revision.changedBy },
          {
            header: t.financing.what,
            cell: (revision) => (
              <ul className="history-changes">
                {lines(revision.changes).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </>
  );
}
