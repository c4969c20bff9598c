/**
 * Running header and footer of the PDFs. Chromium draws them in the page margins from small HTML
 * templates that see neither the page's styles nor its fonts: each template carries its own
 * inline style and the kit's font as data URLs (src/lib/pdf/fonts.ts), so nothing is fetched
 * and the font is embedded.
 */
import { escapeHtml } from '../html-escape.ts';
import { PRINT_FONT_FAMILY } from './fonts.ts';
import { MARGINS_MM } from './paper.ts';

function template(fontFace: string, css: string, body: string): string {
  const base =
    `font-family:${PRINT_FONT_FAMILY};font-size:8pt;line-height:1.3;color:#333;width:100%;box-sizing:border-box;` +
    `padding-left:${MARGINS_MM.left}mm;padding-right:${MARGINS_MM.right}mm;display:flex;justify-content:space-between;align-items:baseline;gap:6mm;`;
  return `<style>${fontFace}.kit-run{${base}${css}}.kit-run span{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.kit-run .kit-run__end{flex:none}</style><div class="kit-run">${body}</div>`;
}

/** « Fiche 7 · Animer une réunion » on the left, the phase on the right, on every page. */
export function headerTemplate(fontFace: string, left: string, right: string): string {
  return template(fontFace, 'margin-top:9mm;padding-bottom:1.5mm;border-bottom:0.5pt solid #777;margin-left:0;', `<span>${escapeHtml(left)}</span><span class="kit-run__end">${escapeHtml(right)}</span>`);
}

/** Where the text comes from and when it was printed on the left, « page N / M » on the right. */
export function footerTemplate(fontFace: string, left: string, pageWord: string): string {
  return template(
    fontFace,
    'margin-bottom:8mm;',
    `<span>${escapeHtml(left)}</span><span class="kit-run__end">${escapeHtml(pageWord)} <span class="pageNumber"></span> / <span class="totalPages"></span></span>`,
  );
}

/** « 22 novembre 2026 », in Paris time whatever the machine's zone. */
export function formatGenerationDate(date: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(date);
}

/** The build's date: `SOURCE_DATE_EPOCH` (seconds) makes it reproducible, otherwise now. */
export function generationDate(env: Record<string, string | undefined>, now = new Date()): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
}
