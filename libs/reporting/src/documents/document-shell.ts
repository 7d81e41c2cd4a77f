import { escapeHtml, sha256 } from './html';

/**
 * Where the checksummed content of a document starts and ends. The checksum is the SHA-256
 * of exactly the text between the two markers (UTF-8), so anyone holding the HTML can check
 * it: `sha256(html.slice(html.indexOf(START) + START.length, html.indexOf(END)))`.
 */
export const CONTENT_START = '<!--muster:content-->';
export const CONTENT_END = '<!--/muster:content-->';

/**
 * The document's own styles: system fonts, print page breaks, a footer on every printed page.
 * The footer is fixed to the page's foot, which a printing browser repeats on every page; the
 * content sits in a table whose footer (repeated on every page too) keeps that space free.
 */
const STYLES = `
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:11pt;line-height:1.4;color:#111;margin:0 auto;max-width:60rem;padding:1rem 1.5rem 4rem}
h1{font-size:20pt;margin:.2em 0 .4em}h2{font-size:15pt;margin:1.2em 0 .4em;border-bottom:2px solid #005eb8;padding-bottom:.15em}
h3{font-size:12.5pt;margin:1em 0 .3em}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em}th,td{border:1px solid #888;padding:.25em .45em;text-align:left;vertical-align:top}
th{background:#e8edf3}
.muted{color:#555}.small{font-size:9.5pt}
.cover{page-break-after:always;break-after:page}
.runbook{page-break-before:always;break-before:page}
.card{border:2px solid #333;border-radius:6px;padding:.5em .75em;margin:.6em 0;page-break-inside:avoid;break-inside:avoid}
.card header{display:flex;justify-content:space-between;gap:1em;font-weight:600}
.card dl{display:grid;grid-template-columns:9em 1fr;gap:.15em .6em;margin:.4em 0 0}.card dt{font-weight:600}.card dd{margin:0}
.tag{display:inline-block;border:1px solid #333;border-radius:3px;padding:0 .35em;font-size:9pt}
.hidden-note{border:1px dashed #888;padding:.4em .6em;background:#f6f6f6}
.placeholder{border:2px dashed #b00;padding:.5em .75em}
.doc-footer{position:fixed;bottom:0;left:0;right:0;font-size:8pt;color:#333;background:#fff;border-top:1px solid #999;padding:.25em 1.5rem;text-align:center}
table.frame,table.frame>tbody>tr>td,table.frame>tfoot>tr>td{border:0;padding:0;margin:0;background:none}
.frame-space{height:0}
section{page-break-inside:auto}
@page{size:A4;margin:14mm 12mm 18mm}
@media print{body{max-width:none;padding:0}a{color:inherit;text-decoration:none}.frame-space{height:12mm}}
`;

/** The checksummed content of a rendered document (what its checksum is the SHA-256 of). */
export function contentOfDocument(html: string): string {
  const start = html.indexOf(CONTENT_START);
  const end = html.indexOf(CONTENT_END);
  if (start < 0 || end < start) throw new Error('not a rendered document: no content markers');
  return html.slice(start + CONTENT_START.length, end);
}

export interface RenderedDocument {
  html: string;
  /** SHA-256 (hex) of the content between CONTENT_START and CONTENT_END. */
  checksum: string;
}

/**
 * A self-contained HTML document (inline CSS, no external asset, no script) around `content`,
 * with the content's checksum in a footer printed on every page.
 */
export function renderDocument(title: string, footerLabel: string, content: string): RenderedDocument {
  const checksum = sha256(content);
  const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="muster-checksum" content="sha256:${checksum}">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<footer class="doc-footer">${escapeHtml(footerLabel)} · SHA-256 ${checksum}</footer>
<table class="frame" role="presentation"><tfoot><tr><td><div class="frame-space"></div></td></tr></tfoot><tbody><tr><td>
${CONTENT_START}${content}${CONTENT_END}
</td></tr></tbody></table>
</body>
</html>
`;
  return { html, checksum };
}
