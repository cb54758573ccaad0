import type { exportFr } from './text.fr.ts';

export const exportEn: typeof exportFr = {
  title: 'Indicators for the federation',
  intro:
    'Choose a period: here, cell by cell, is exactly what will leave the office. No name, no contact details or birth date, no member number: only counts per residence, per QPV and per TFPB axis.',
  period: {
    kind: 'Period',
    lastYear: 'Year {{year}} (last calendar year)',
    thisYear: 'Year {{year}} (current)',
    quarter: 'Quarter',
    custom: 'Custom dates',
    quarterLabel: 'Q{{quarter}} {{year}}',
    from: 'From',
    to: 'To',
    incomplete: 'Enter both dates of the period.',
  },
  loading: 'Computing the indicators…',
  refused: 'Preview not possible',
  openSettings: 'Open the settings',
  summary: {
    title: 'Export from {{from}} to {{to}}',
    office: 'Landlord: {{name}} — SIREN {{siren}}',
    noSiren: 'not set',
    generated: 'Computed on {{date}} — format {{version}}',
    fingerprint: 'SHA-256 fingerprint of the manifest:',
  },
  secret: {
    title: 'Statistical secrecy: threshold of {{threshold}}',
    body:
      'Any cell counting 1 to {{below}} households or people is replaced by “secret”, since such a small number could point at a neighbour. Other cells may be hidden too, so that no hidden figure can be found by subtracting the visible cells from a total. Amounts are rounded to €10.',
  },
  tabs: {
    label: 'Content of the export',
    tables: 'Tables',
    files: 'Files',
    tablesTitle: 'The indicators, level by level',
    filesTitle: 'The files as they will leave',
  },
  levels: {
    bureau: 'Whole office',
    qpv: 'By QPV',
    residence: 'By residence',
    axe: 'By TFPB axis',
    type_adhesion: 'By membership type',
  },
  tables: {
    caption: '{{level}}: one indicator per row; “secret” = hidden cell.',
    indicator: 'Indicator',
    office: 'Office',
    secret: 'secret',
  },
  files: {
    caption: 'Files of the export, with their size and SHA-256 fingerprint (repeated in the manifest).',
    name: 'File',
    size: 'Size',
    bytes: '{{size}} bytes',
    sha256: 'SHA-256',
    download: 'Download',
    downloadOne: 'Download {{name}}',
    show: 'File shown',
    raw: 'Raw content of {{name}}',
    rawHint: 'The exact text of the file, as it will be saved or sent.',
  },
};
