import type { Content } from 'pdfmake/interfaces';
import type { OfficeSettings } from '../../settings/fields.ts';
import { frenchDate } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import { renderPdf } from '../../shared/pdf.ts';
import type { FeeCallView } from './repository.ts';

interface ReminderLetter {
  call: FeeCallView;
  partner: { name: string; contactName: string; addressLine: string; postcode: string; city: string };
}

const ordinal = (level: number) => (level === 1 ? '1re' : `${level}e`);

function letter(office: OfficeSettings, { call, partner }: ReminderLetter, today: string, index: number): Content[] {
  const sender = ['Club des locataires', office.name, office.address.line, `${office.address.postcode} ${office.address.city}`.trim()].filter(Boolean);
  const recipient = [partner.name, partner.contactName && `À l’attention de ${partner.contactName}`, partner.addressLine, `${partner.postcode} ${partner.city}`.trim()].filter(Boolean);
  const level = Math.max(1, call.reminderCount);
  const overdue = call.state === 'overdue';
  return [
    { text: sender.join('\n'), pageBreak: index > 0 ? 'before' : undefined },
    { text: recipient.join('\n'), margin: [280, 30, 0, 30] },
    { text: `Le ${frenchDate(today)}`, alignment: 'right', margin: [0, 0, 0, 20] },
    { text: `Objet : ${ordinal(level)} relance — cotisation de partenaire ${call.year}`, bold: true, margin: [0, 0, 0, 14] },
    { text: 'Madame, Monsieur,', margin: [0, 0, 0, 10] },
    {
      text:
        `Sauf erreur de notre part, votre cotisation de partenaire du Club des locataires pour l’année ${call.year}, ` +
        `appelée le ${frenchDate(call.calledOn)}, n’est pas entièrement réglée. Il reste ${euros(call.balanceCents)} à payer.`,
      margin: [0, 0, 0, 10],
    },
    {
      table: {
        widths: ['*', 'auto'],
        body: [
          ['Cotisation appelée', { text: euros(call.amountCents), alignment: 'right' }],
          ['Déjà réglé', { text: euros(call.paidCents), alignment: 'right' }],
          [{ text: 'Reste à payer', bold: true }, { text: euros(call.balanceCents), bold: true, alignment: 'right' }],
          ['À régler au plus tard le', { text: frenchDate(call.dueOn), alignment: 'right' }],
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 12],
    },
    {
      text: overdue
        ? 'Le délai de grâce est dépassé : votre partenariat est suspendu (vos offres ne sont plus diffusées aux locataires) jusqu’au règlement, qui le rétablit aussitôt.'
        : `Sans règlement au ${frenchDate(call.dueOn)}, votre partenariat sera suspendu et vos offres ne seront plus diffusées aux locataires.`,
      margin: [0, 0, 0, 10],
    },
    { text: 'Vous pouvez régler par virement, par chèque à l’ordre du Club des locataires ou au bureau. Si votre règlement est en cours, merci de ne pas tenir compte de ce courrier.', margin: [0, 0, 0, 10] },
    { text: 'Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.', margin: [0, 0, 0, 24] },
    { text: 'Le Club des locataires', alignment: 'right' },
  ];
}

/** One A4 letter per unpaid call, addressed to the partner, with what was called, paid and is left to pay. */
export function reminderLettersPdf(office: OfficeSettings, letters: ReminderLetter[], today: string): Promise<Buffer> {
  return renderPdf({
    info: { title: 'Relances des cotisations des partenaires', author: office.name || 'Club des locataires', creator: 'Voisinage' },
    pageMargins: [56, 56, 56, 56],
    defaultStyle: { fontSize: 10.5, lineHeight: 1.2 },
    content: letters.flatMap((entry, index) => letter(office, entry, today, index)),
  });
}
