import Link from "next/link";
import type { ReactNode } from "react";

/**
 * A back-office page's head: the way back (`back`, a breadcrumb to the list it
 * belongs to), its title and what it is for, and its page-wide actions beside
 * them (`aside`).
 */
export function PageHead({ title, intro, back, aside }: { title: ReactNode; intro?: ReactNode; back?: { href: string; label: ReactNode; here: ReactNode }; aside?: ReactNode }) {
  return (
    <>
      {back && (
        <p className="breadcrumb">
          <Link href={back.href}>{back.label}</Link> / {back.here}
        </p>
      )}
      <div className="page-head">
        <div>
          <h1>{title}</h1>
          {typeof intro === "string" ? <p className="muted">{intro}</p> : intro}
        </div>
        {aside}
      </div>
    </>
  );
}
