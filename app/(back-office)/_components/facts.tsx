import type { ReactNode } from "react";

/** One line of a definition list; `false` leaves it out. */
export type Fact = { term: ReactNode; value: ReactNode; testId?: string; className?: string } | false | null | undefined;

/** A list of terms and their values (an order's amounts, its financing, its buyer). */
export function Facts({ facts, className = "facts" }: { facts: readonly Fact[]; className?: string }) {
  return (
    <dl className={className}>
      {facts.map(
        (fact, i) =>
          fact && (
            <FactLine key={i} term={fact.term} testId={fact.testId} className={fact.className}>
              {fact.value}
            </FactLine>
          ),
      )}
    </dl>
  );
}

function FactLine({ term, testId, className, children }: { term: ReactNode; testId?: string; className?: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd data-testid={testId} className={className}>
        {children}
      </dd>
    </>
  );
}

/** A card with a heading and what it holds, labelled by its heading. */
export function Card({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
