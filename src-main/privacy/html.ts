import { formatPhone } from '../shared/phone.ts';
import { CODE_LABELS, KEY_LABELS } from './labels.ts';
import type { ExportRecord, ExportValue } from './registry.ts';

/**
 * The readable version of a personal-data export: one self-contained HTML page (no script, no external resource),
 * which any browser opens offline, prints or saves as PDF, and a screen reader reads with its headings and tables.
 */

export interface ReadableSection {
  key: string;
  title: string;
  note?: string;
  labels?: Record<string, string>;
  content: ExportRecord | ExportRecord[];
}

interface ReadableDocument {
  title: string;
  subtitle: string;
  intro: string[];
  sections: ReadableSection[];
  withheld: string[];
  footer: string[];
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JJ/MM/AAAA for a date, JJ/MM/AAAA HH:MM (Paris time) for an instant; null for anything else. */
export function frenchDate(value: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return null;
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(date)
        .map((part) => [part.type, part.value]),
    );
    return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
  }
  return null;
}

function label(key: string, labels: Record<string, string>): string {
  return labels[key] ?? KEY_LABELS[key] ?? key;
}

function scalar(key: string, value: string | number | boolean | null): string {
  if (value === null || value === '') return '<span class="vide">—</span>';
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (typeof value === 'number') return escape(new Intl.NumberFormat('fr-FR').format(value));
  const code = CODE_LABELS[key]?.[value];
  if (code) return escape(code);
  if (/^\+\d{8,15}$/.test(value)) return escape(formatPhone(value));
  return escape(frenchDate(value) ?? value).replace(/\n/g, '<br>');
}

function value(key: string, item: ExportValue, labels: Record<string, string>, level: number): string {
  if (Array.isArray(item)) {
    if (item.length === 0) return '<span class="vide">aucun</span>';
    if (item.every((entry) => entry === null || typeof entry !== 'object')) {
      return item.map((entry) => scalar(key, entry as string | number | boolean | null)).join(', ');
    }
    const records = item.filter((entry): entry is ExportRecord => entry !== null && typeof entry === 'object' && !Array.isArray(entry));
    return table(records, labels, label(key, labels), level);
  }
  if (item !== null && typeof item === 'object') return record(item, labels, level);
  return scalar(key, item);
}

function record(content: ExportRecord, labels: Record<string, string>, level = 3): string {
  const rows = Object.entries(content).map(([key, item]) => `<tr><th scope="row">${escape(label(key, labels))}</th><td>${value(key, item, labels, level)}</td></tr>`);
  return `<table class="fiche"><tbody>${rows.join('')}</tbody></table>`;
}

/** More columns than fit a printed page, or lists inside: one sheet per record instead of one table. */
const WIDE = 10;
const isWide = (keys: string[], rows: ExportRecord[]) =>
  keys.length > WIDE || rows.some((row) => Object.values(row).some((item) => Array.isArray(item) && item.some((entry) => entry !== null && typeof entry === 'object')));

function table(rows: ExportRecord[], labels: Record<string, string>, caption: string, level = 3): string {
  if (rows.length === 0) return '<p class="vide">Aucune donnée.</p>';
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  if (isWide(keys, rows)) {
    const h = Math.min(level, 6);
    return rows.map((row, index) => `<h${h}>${escape(caption)} — ${index + 1} sur ${rows.length}</h${h}>${record(row, labels, level + 1)}`).join('');
  }
  const head = keys.map((key) => `<th scope="col">${escape(label(key, labels))}</th>`).join('');
  const body = rows.map((row) => `<tr>${keys.map((key) => `<td>${value(key, row[key] ?? null, labels, level)}</td>`).join('')}</tr>`).join('');
  return `<table class="liste"><caption class="lecteur">${escape(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const STYLE = `
body{font-family:system-ui,"Segoe UI",Arial,sans-serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #2b4a7a;padding-bottom:.2rem}
.sous-titre{color:#444;margin-top:0}.note{color:#333;font-style:italic}.vide{color:#555}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
.fiche th{width:35%;background:#eef2f7}h3{font-size:1.05rem;margin-top:1.2rem}h4,h5,h6{font-size:1rem}
.lecteur{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}.liste th{background:#eef2f7}td caption.lecteur{position:static;width:auto;height:auto;clip:auto;text-align:left;font-weight:600;padding:.2rem 0}
footer{margin-top:2.5rem;font-size:.9rem;color:#333;border-top:1px solid #999}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`;

export function renderReadable(doc: ReadableDocument): string {
  const toc = doc.sections.map((s) => `<li><a href="#${escape(s.key)}">${escape(s.title)}</a></li>`).join('');
  const sections = doc.sections
    .map((s) => {
      const labels = s.labels ?? {};
      const body = Array.isArray(s.content) ? table(s.content, labels, s.title) : record(s.content, labels);
      const note = s.note ? `<p class="note">${escape(s.note)}</p>` : '';
      return `<section aria-labelledby="${escape(s.key)}"><h2 id="${escape(s.key)}">${escape(s.title)}</h2>${note}${body}</section>`;
    })
    .join('\n');
  const withheld = doc.withheld.length
    ? `<section aria-labelledby="non-inclus"><h2 id="non-inclus">Données non incluses</h2><ul>${doc.withheld.map((w) => `<li>${escape(w)}</li>`).join('')}</ul></section>`
    : '';
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escape(doc.title)}</h1><p class="sous-titre">${escape(doc.subtitle)}</p>${doc.intro.map((p) => `<p>${escape(p)}</p>`).join('')}</header>
<nav aria-label="Sommaire"><ul>${toc}</ul></nav>
<main>
${sections}
${withheld}
</main>
<footer>${doc.footer.map((p) => `<p>${escape(p)}</p>`).join('')}</footer>
</body>
</html>
`;
}
