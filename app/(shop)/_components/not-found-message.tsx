import Link from "next/link";
import type { Messages } from "@/server/shop/i18n/messages";

/** The shop's "not found" block, for the cached catalogue's not-found (client) and the shop's (server). */
export function NotFoundMessage({ text }: { text: Messages["notFound"] }) {
  return (
    <div className="empty-state">
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <Link className="button" href="/">
        {text.back}
      </Link>
    </div>
  );
}
