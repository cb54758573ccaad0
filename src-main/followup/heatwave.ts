import type { Content, TableCell } from 'pdfmake/interfaces';
import type { SyncDb } from '../../db/query.ts';
import { frenchDate } from '../shared/days.ts';
import { currentHomes, dwellingPlace } from '../shared/homes.ts';
import { frenchPhone, listName } from '../shared/names.ts';
import { renderPdf } from '../shared/pdf.ts';
import type { HeatwaveRow } from './contract.ts';
import { selectFollowups } from './repository.ts';

/**
 * The heatwave list (registre canicule) handed to the town's social centre (CCAS): the people followed who asked to
 * be on the register, with what a visitor needs to reach them. Only active follow-ups with a recorded consent.
 */
export function heatwaveRows(db: SyncDb, today: string): HeatwaveRow[] {
  const rows = selectFollowups(db, (query) =>
    query
      .where('followup.ended_on', 'is', null)
      .where('followup.heatwave_register', '=', 1)
      .where('followup.consent_on', 'is not', null)
      .where('followup.consent_on', '<=', today),
  );
  const homes = currentHomes(db, rows.map((row) => row.household_id));
  return rows
    .map((row) => {
      const home = homes.get(row.household_id);
      const lastReached = row.last_reached_on;
      return {
        followupId: row.id,
        personName: listName(row),
        birthDate: row.birth_date,
        address: home ? home.address : row.address_line,
        postcode: home ? home.postcode : row.household_postcode,
        city: home ? home.city : row.household_city,
        residenceName: home?.residenceName ?? null,
        dwelling: home ? [home.internalId, dwellingPlace(home)].join(' — ') : '',
        floor: home?.floor ?? null,
        hasLift: home?.hasLift ?? null,
        phone: frenchPhone(row.phone),
        lastContactOn: row.last_contact_on,
        lastContactReached: row.last_contact_on === null ? null : row.last_contact_on === lastReached,
      };
    })
    .sort((a, b) => a.city.localeCompare(b.city, 'fr') || (a.residenceName ?? '').localeCompare(b.residenceName ?? '', 'fr') || a.personName.localeCompare(b.personName, 'fr'));
}

interface HeatwavePdfInput {
  officeName: string;
  generatedOn: string;
  generatedBy: string;
  rows: HeatwaveRow[];
}

/** A printable A4 landscape list, one line per person, with a confidentiality notice on every page. */
export async function heatwavePdf({ officeName, generatedOn, generatedBy, rows }: HeatwavePdfInput): Promise<Buffer> {
  const header: TableCell[] = ['Nom', 'Adresse', 'Logement', 'Étage', 'Téléphone', 'Dernier contact'].map((text) => ({ text, bold: true, fillColor: '#e8e8e8' }));
  const body: TableCell[][] = rows.map((row) => [
    { text: [row.personName, row.birthDate ? `\nné(e) le ${frenchDate(row.birthDate)}` : ''].join('') },
    { text: [row.address, `${row.postcode} ${row.city}`.trim()].filter(Boolean).join('\n') },
    { text: [row.residenceName ?? '', row.dwelling].filter(Boolean).join('\n') || '—' },
    { text: row.floor === null ? '—' : row.floor === 0 ? 'RDC' : `${row.floor}${row.hasLift ? ' (ascenseur)' : row.hasLift === false ? ' (sans ascenseur)' : ''}` },
    { text: row.phone ?? '—' },
    { text: row.lastContactOn ? `${frenchDate(row.lastContactOn)}${row.lastContactReached ? '' : ' (non joint)'}` : 'aucun' },
  ]);
  const content: Content[] = [
    { text: 'Registre canicule — personnes suivies', style: 'title' },
    { text: [officeName || 'Bailleur', ` · liste transmise au CCAS · éditée le ${frenchDate(generatedOn)} par ${generatedBy}`].join(''), margin: [0, 2, 0, 8] },
    {
      text:
        `${rows.length} personne${rows.length > 1 ? 's' : ''} inscrite${rows.length > 1 ? 's' : ''} à leur demande ou avec leur consentement. ` +
        'Données confidentielles : à n’utiliser que pour le plan d’alerte et d’urgence canicule, puis à détruire.',
      italics: true,
      margin: [0, 0, 0, 10],
    },
    rows.length === 0
      ? { text: 'Aucune personne inscrite au registre canicule.' }
      : { table: { headerRows: 1, widths: ['20%', '22%', '24%', '9%', '12%', '13%'], body: [header, ...body] }, layout: 'lightHorizontalLines' },
  ];
  return renderPdf({
    info: { title: 'Registre canicule', author: officeName || 'Voisinage', creator: 'Voisinage' },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 48],
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: { title: { fontSize: 15, bold: true } },
    content,
    footer: (page, pages) => ({
      columns: [
        { text: 'Confidentiel — données personnelles (RGPD). Ne pas diffuser.', fontSize: 8 },
        { text: `Page ${page} / ${pages}`, alignment: 'right', fontSize: 8 },
      ],
      margin: [36, 16, 36, 0],
    }),
  });
}
