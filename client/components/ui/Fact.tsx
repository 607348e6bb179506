import type { ReactNode } from 'react';

/** A term and its value; empty values say so in words. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="facts__item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
