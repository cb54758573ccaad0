import type { Content, TableCell } from 'pdfmake/interfaces';
import type { SyncDb } from '../../../db/query.ts';
import { officeSettings } from '../../settings/store.ts';
import { frenchDate } from '../../shared/days.ts';
import { formatPhone } from '../../shared/phone.ts';
import { renderPdf } from '../../shared/pdf.ts';
import { slug } from '../../shared/text.ts';
import { getEventWithSummary } from '../events/repository.ts';
import { eventRows, toViews } from './views.ts';

/*
 * The attendance sheet printed for the door (feuille d'émargement): one row per confirmed registration to sign,
 * blank rows for walk-ins, and the counts to fill in at the end. Phones are printed for guests only, whom the
 * team cannot otherwise reach; people on file are found in the app.
 */

const BLANK_ROWS = 8;
const ROW_HEIGHT = 26;

const head = (titles: string[]): TableCell[] => titles.map((text) => ({ text, bold: true, fillColor: '#e8e8e8' }));

export async function attendanceSheetPdf(db: SyncDb, eventId: number): Promise<{ fileName: string; base64: string }> {
  const { event, summary } = getEventWithSummary(db, eventId);
  const rows = eventRows(db, eventId).filter((row) => row.status === 'confirmed');
  const people = toViews(db, rows).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const office = officeSettings(db);
  const day = frenchDate(event.startsAt.slice(0, 10));
  const time = `${event.startsAt.slice(11, 16)} – ${event.endsAt.slice(11, 16)}`;

  const signatureCell: TableCell = { text: '', margin: [0, ROW_HEIGHT / 2, 0, ROW_HEIGHT / 2] };
  const body: TableCell[][] = people.map((p, index) => [
    { text: String(index + 1) },
    { text: [p.name, p.memberNumber ? `\n${p.memberNumber}` : ''].join(''), },
    { text: [p.householdName ?? '', p.residenceName ?? ''].filter(Boolean).join('\n') || '—' },
    { text: p.kind === 'guest' ? formatPhone(p.guestPhone) : '' },
    { text: String(p.seats), alignment: 'right' },
    signatureCell,
  ]);
  for (let blank = 0; blank < BLANK_ROWS; blank += 1) body.push([{ text: String(people.length + blank + 1), color: '#777777' }, '', '', '', '', signatureCell]);

  const seats = summary.confirmedSeats;
  const content: Content[] = [
    { text: 'Feuille d’émargement', fontSize: 15, bold: true },
    { text: event.title, fontSize: 13, bold: true, margin: [0, 4, 0, 0] },
    { text: `${day}, ${time}${event.place ? ` · ${event.place}` : ''}`, margin: [0, 2, 0, 2] },
    {
      text: `${people.length} inscription${people.length > 1 ? 's' : ''} confirmée${people.length > 1 ? 's' : ''} (${seats} place${seats > 1 ? 's' : ''})` +
        (event.capacity !== null ? ` sur ${event.capacity}` : '') +
        (summary.waitingRegistrations ? ` · ${summary.waitingRegistrations} en liste d’attente` : '') + '. Lignes vides : personnes venues sans inscription.',
      fontSize: 9,
      italics: true,
      margin: [0, 0, 0, 8],
    },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [18, '*', '22%', 70, 34, '24%'], body: [head(['N°', 'Nom', 'Foyer, résidence', 'Téléphone', 'Places', 'Signature']), ...body] },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#999999', vLineColor: () => '#999999' },
    },
    {
      margin: [0, 14, 0, 0],
      table: {
        widths: ['*', 80],
        body: [
          ['Participants présents (personnes)', { text: summary.attendedParticipants ? String(summary.attendedParticipants) : '' }],
          ['Foyers distincts présents', { text: summary.attendedHouseholds ? String(summary.attendedHouseholds) : '' }],
          ['Personnes venues sans inscription', ''],
        ],
      },
    },
    { text: 'Signature de l’animateur :', margin: [0, 14, 0, 0] },
  ];
  const buffer = await renderPdf({
    info: { title: `Émargement — ${event.title} — ${day}`, author: office.name || 'Voisinage', creator: 'Voisinage' },
    pageMargins: [36, 36, 36, 48],
    content,
    footer: (page, pages) => ({
      columns: [
        { text: `${office.name || 'Voisinage'} — données personnelles : à conserver au bureau, ne pas afficher.`, fontSize: 8 },
        { text: `Page ${page} / ${pages}`, alignment: 'right', fontSize: 8 },
      ],
      margin: [36, 16, 36, 0],
    }),
  });
  return { fileName: `emargement-${slug(event.title) || 'evenement'}-${event.startsAt.slice(0, 10)}.pdf`, base64: buffer.toString('base64') };
}
