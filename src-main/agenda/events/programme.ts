import type { Content } from 'pdfmake/interfaces';
import type { OfficeSettings } from '../../settings/fields.ts';
import { formatPhone } from '../../shared/phone.ts';
import { renderPdf } from '../../shared/pdf.ts';
import { CATEGORY_LABELS } from './fields.ts';
import { accessText } from './ical.ts';
import type { AgendaEvent } from './schemas.ts';
import { clockOf, dayOf, frenchLongDay } from './wall-time.ts';

interface ProgrammeInput {
  office: OfficeSettings;
  residence: { name: string; address: string; postcode: string; city: string };
  /** AAAA-MM */
  month: string;
  events: AgendaEvent[];
  note: string;
}

const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const frenchMonth = (month: string) => MONTH.format(new Date(`${month}-15T12:00:00Z`));

function audienceText(event: AgendaEvent): string {
  if (event.audience === 'members') return 'Réservé aux adhérents de la conciergerie';
  if (event.audience === 'residences') return `Pour les locataires : ${event.residences.map((r) => r.name).join(', ')}`;
  return 'Ouvert à tous';
}

function eventBlock(event: AgendaEvent): Content {
  const cancelled = event.status === 'cancelled';
  const time = dayOf(event.startsAt) === dayOf(event.endsAt) ? `${clockOf(event.startsAt)} – ${clockOf(event.endsAt)}` : `${clockOf(event.startsAt)} → ${frenchLongDay(dayOf(event.endsAt))} ${clockOf(event.endsAt)}`;
  return {
    columns: [
      { width: 90, text: time, bold: true, decoration: cancelled ? 'lineThrough' : undefined },
      {
        width: '*',
        stack: [
          { text: [{ text: event.title, bold: true }, { text: `  ${CATEGORY_LABELS[event.category]}`, color: '#555555', fontSize: 9 }], decoration: cancelled ? 'lineThrough' : undefined },
          cancelled
            ? { text: `ANNULÉ${event.cancelReason ? ` — ${event.cancelReason}` : ''}`, bold: true, color: '#b71c1c' }
            : { text: [event.place, accessText(event), audienceText(event)].join(' · '), fontSize: 9 },
          event.description && !cancelled ? { text: event.description, fontSize: 9, italics: true } : '',
        ],
      },
    ],
    columnGap: 8,
    margin: [0, 0, 0, 6],
    unbreakable: true,
  };
}

function contactLine(office: OfficeSettings): string {
  const address = office.address.line ? `${office.address.line}, ${office.address.postcode} ${office.address.city}` : '';
  return [address, office.phone ? formatPhone(office.phone) : '', office.email ?? ''].filter(Boolean).join(' · ');
}

/** The month's programme for a residence's notice board: events by day, with time, place, price and how to register. */
export function programmePdf({ office, residence, month, events, note }: ProgrammeInput): Promise<Buffer> {
  const days = [...new Set(events.map((event) => dayOf(event.startsAt)))];
  const byDay: Content[] = days.flatMap((day) => [
    { text: frenchLongDay(day).replace(/^./, (c) => c.toUpperCase()), style: 'day' },
    ...events.filter((event) => dayOf(event.startsAt) === day).map(eventBlock),
  ]);
  const nothing: Content = { text: 'Aucun événement prévu ce mois-ci pour cette résidence.', margin: [0, 12, 0, 0] };
  const contact = contactLine(office);
  return renderPdf({
    info: { title: `Programme de ${frenchMonth(month)} — ${residence.name}`, author: office.name || 'Voisinage', creator: 'Voisinage' },
    pageMargins: [48, 48, 48, 64],
    styles: {
      title: { fontSize: 20, bold: true, color: '#0d47a1' },
      day: { fontSize: 12, bold: true, margin: [0, 10, 0, 4], color: '#0d47a1' },
    },
    content: [
      { text: `Programme de ${frenchMonth(month)}`, style: 'title' },
      { text: `${residence.name} · ${[residence.address, `${residence.postcode} ${residence.city}`.trim()].filter(Boolean).join(', ')}`, margin: [0, 4, 0, 2] },
      note ? { text: note, italics: true, margin: [0, 4, 0, 4] } : '',
      ...(byDay.length > 0 ? byDay : [nothing]),
    ],
    footer: (page, pages) => ({
      stack: [
        { text: [office.name, 'Renseignements et inscriptions au bureau', contact].filter(Boolean).join(' · '), fontSize: 8 },
        { text: `Page ${page} / ${pages}`, alignment: 'right', fontSize: 8 },
      ],
      margin: [48, 16, 48, 0],
    }),
  });
}
