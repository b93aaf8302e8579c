"use client";

/** Prints the PV (the back office's shell is hidden in print). */
export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      Imprimer
    </button>
  );
}
