/** Small pieces every console panel uses: links back to the console, dates, ids, status badges. */
export function consoleHref(params: { m?: string; s?: string; e?: string; p?: number }): string {
  const entries = Object.entries(params).map(([key, value]): [string, string] => [key, value === undefined ? "" : String(value)]);
  // Page 1 is the default: left out, so that links to it match the console's plain address.
  const q = new URLSearchParams(entries.filter(([key, value]) => value !== "" && !(key === "p" && value === "1")));
  return `/sandbox?${q}`;
}

export const shortId = (id: string) => id.slice(0, 8);
export const when = (iso: string | null | undefined) => (iso ? iso.replace("T", " ").replace(/\.\d+Z$/, " UTC") : "—");

export function Tone({ value }: { value: string }) {
  const tone = ["ACCEPTED", "OK"].includes(value) ? "ok" : ["REJECTED", "ABORTED", "CANCELLED", "ERROR"].includes(value) ? "bad" : ["INITIALIZED", "PRE_ACCEPTED"].includes(value) ? "wait" : undefined;
  return (
    <span className="console-badge" data-tone={tone}>
      {value}
    </span>
  );
}

/** Where the console was (merchant, subscription, event), so that a form's answer lands back there. */
export function Place({ m, s, e }: { m: string; s?: string; e?: string }) {
  return (
    <>
      <input type="hidden" name="m" value={m} />
      {s ? <input type="hidden" name="s" value={s} /> : null}
      {e ? <input type="hidden" name="e" value={e} /> : null}
    </>
  );
}
