import type { Metadata } from "next";
import { requireAdmin } from "@/server/shop/auth/session";
import { settingsChangeLines } from "@/server/shop/admin/settings-history";
import { getAdminI18n } from "@/server/shop/i18n/admin-server";
import { serverCaller } from "@/server/shop/trpc/server";
import { Time } from "../_components/time";
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
      <div className="page-head">
        <div>
          <h1>{t.financing.title}</h1>
          <p className="muted">{t.financing.intro}</p>
        </div>
      </div>
      {/* Not keyed by revision: after a save the page refreshes its history, and the form keeps what was saved and its notice. */}
      <FinancingSettingsForm revision={data.revision} settings={data.settings} contract={data.contract} categories={data.categories} products={data.products} />

      <h2 className="spaced" id="financing-history">
        {t.financing.history}
      </h2>
      <div className="table-wrap">
        <table aria-labelledby="financing-history" data-testid="financing-history">
          <thead>
            <tr>
              <th scope="col">{t.financing.when}</th>
              <th scope="col">{t.financing.who}</th>
              <th scope="col">{t.financing.what}</th>
            </tr>
          </thead>
          <tbody>
            {data.history.length === 0 ? (
              <tr>
                <td colSpan={3} className="empty-row">
                  {t.financing.historyEmpty}
                </td>
              </tr>
            ) : (
              data.history.map((revision) => (
                <tr key={revision.id}>
                  <td className="nowrap">
                    <Time ms={revision.changedAt} />
                  </td>
                  <td>{revision.changedBy}</td>
                  <td>
                    <ul className="history-changes">
                      {lines(revision.changes).map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
