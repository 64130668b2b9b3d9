/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Styles for the review sheet: plain CSS, no external resources. On screen, readable widths; in print (A4 or Letter)
 * a compact sheet: small type, narrow margins, rows kept whole, closed word lists and screen-only parts left out.
 */
export const REPORT_CSS = `
body { font: 14px/1.4 system-ui, sans-serif; color: #111; margin: 2rem; max-width: 1200px; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.3rem; margin: 1.5rem 0 .5rem; } h3 { font-size: 1.1rem; margin: 0 0 .4rem; }
.meta { color: #444; } .item { border-top: 2px solid #333; padding-top: .75rem; margin-top: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0; } th, td { border: 1px solid #bbb; padding: .25rem .4rem; vertical-align: top; text-align: left; }
th { background: #f0f0f0; } .side td { width: 45%; } .side th[scope=row] { width: 10%; }
pre { white-space: pre-wrap; font: inherit; margin: 0; } .text { white-space: pre-wrap; } .sms { font-size: 12px; color: #555; white-space: nowrap; }
.footer { color: #777; } .review { margin: 0 0 .2rem; } .print-only, .print-row { display: none; }
.small { color: #555; font-size: 12px; } .error { color: #a00; } .warning { color: #8a5a00; } .ok { color: #060; }
.status { font-size: 12px; font-weight: normal; border: 1px solid; border-radius: 3px; padding: 0 .3rem; } .pending { color: #8a5a00; } .signed { color: #060; }
ul.inline { margin: 0; padding: 0; list-style: none; } ul.inline li { display: inline; } ul.inline li + li::before { content: "; "; }
.findings { margin: .25rem 0; } .findings li { margin: .1rem 0; }
#toc ol { margin: .2rem 0; } #toc > ol { list-style: none; padding-left: 0; } #toc ol.items { columns: 3; font-size: 13px; } #toc li { break-inside: avoid; }
.sign-off td { height: 2.4rem; } .sign-off td.text { height: auto; } .sign-off th { white-space: nowrap; }
@page { margin: 10mm 9mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 7.2pt; line-height: 1.15; }
  .footer { display: none; } .print-only { display: block; } tr.print-row { display: table-row; } .side th[scope=row] { width: 7%; font-weight: normal; } .side td { width: 46.5%; }
  h1 { font-size: 13pt; } h2 { font-size: 11pt; margin: .6rem 0 .3rem; break-after: avoid; } h3 { font-size: 9.5pt; break-after: avoid; }
  .item { margin-top: .3rem; padding-top: .2rem; border-top-width: 1.5px; }
  th, td { padding: 1px 3px; } .small, .sms, .status { font-size: 6.5pt; } table.sign-off tr { break-inside: avoid; }
  #toc ol.items { font-size: 7.5pt; columns: 4; } a { color: inherit; text-decoration: none; }
  .screen-only { display: none; } #red-flag-rules details { display: inline-block; margin-right: .5em; } #sign-off { break-before: page; } .sign-off td { height: 7.5mm; }
}
`;
