/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Print-friendly styles for the review sheet: plain CSS, no external resources. */
export const REPORT_CSS = `
body { font: 14px/1.4 system-ui, sans-serif; color: #111; margin: 2rem; max-width: 1200px; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.2rem; margin: 0 0 .5rem; }
.meta { color: #444; } .item { border-top: 2px solid #333; padding-top: 1rem; margin-top: 2rem; break-inside: avoid-page; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { border: 1px solid #bbb; padding: .3rem .5rem; vertical-align: top; text-align: left; }
th { background: #f0f0f0; } .side td { width: 45%; } .side th[scope=row] { width: 10%; }
pre { white-space: pre-wrap; font: 13px/1.35 ui-monospace, monospace; margin: 0; }
.small { color: #555; font-size: 12px; } .error { color: #a00; } .warning { color: #8a5a00; } .ok { color: #060; }
.findings li { margin: .15rem 0; } .sign { margin-top: 3rem; break-inside: avoid; } .sign td { height: 2.5rem; }
.initials { margin-top: .75rem; } @media print { body { margin: 0; font-size: 11px; } .item { break-before: auto; } }
`;
