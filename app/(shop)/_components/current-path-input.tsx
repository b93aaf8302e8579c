"use client";
import { usePathname, useSearchParams } from "next/navigation";

/**
 * The page a switch is pressed on, for the pages that send no Referer (their
 * URL holds an order token): the preferences endpoint sends the browser back there.
 */
export function CurrentPathInput() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return <input type="hidden" name="back" value={query ? `${pathname}?${query}` : pathname} />;
}
