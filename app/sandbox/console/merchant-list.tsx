import type { MerchantView } from "@/server/sandbox/console/controls-client";
import { consoleHref } from "./console-bits";

export function MerchantList({ merchants, selected }: { merchants: MerchantView[]; selected: string }) {
  return (
    <nav className="console-panel" aria-labelledby="merchants-title">
      <h2 id="merchants-title">Merchants</h2>
      <ul className="console-merchants">
        {merchants.map((merchant) => (
          <li key={merchant.merchantId}>
            <a href={consoleHref({ m: merchant.merchantId })} aria-current={merchant.merchantId === selected ? "page" : undefined}>
              {merchant.name}
              <small>
                {merchant.seeded ? "seeded" : "test merchant"} · {merchant.solutionCodes.length} codes · API {merchant.apiVersion}
              </small>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
