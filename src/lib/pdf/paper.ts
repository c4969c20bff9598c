/**
 * The paper of every PDF: A4 with the margins of the print stylesheet (`@page` in
 * src/styles/print.css, checked equal by a unit test), which leave room for the running header
 * and footer.
 */
export const A4_MM = { width: 210, height: 297 } as const;
export const MARGINS_MM = { top: 24, right: 17, bottom: 22, left: 17 } as const;

const PX_PER_MM = 96 / 25.4;

/** Width of the printed text block in CSS pixels: the viewport the PDF step lays pages out at. */
export function contentWidthPx(): number {
  return Math.floor((A4_MM.width - MARGINS_MM.left - MARGINS_MM.right) * PX_PER_MM);
}

/** The `margin` of the stylesheet's `@page` rule, in its order (top right bottom left). */
export function pageMarginCss(): string {
  return `${MARGINS_MM.top}mm ${MARGINS_MM.right}mm ${MARGINS_MM.bottom}mm ${MARGINS_MM.left}mm`;
}

/**
 * Width the PDF step gives the text block: a few pixels under the paper's so that it fits whatever
 * rounding Chromium applies to the page size (A4 comes out as 594.96 pt wide, not 595.28).
 */
export function textWidthPx(): number {
  return contentWidthPx() - 4;
}
