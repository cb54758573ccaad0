import type { Content } from 'pdfmake/interfaces';
import { frenchDate } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import { formatPhone } from '../../shared/phone.ts';
import { renderPdf } from '../../shared/pdf.ts';
import { PARTNER_CATEGORIES, type PartnerCategory } from '../partners/fields.ts';
import { advantageText } from './repository.ts';
import type { Offer } from './schemas.ts';

interface BookletPartner {
  name: string;
  phone: string | null;
  address: string;
}

interface BookletInput {
  officeName: string;
  residence: { name: string; address: string; postcode: string; city: string; qpvCode: string | null };
  offers: Offer[];
  partners: Map<number, BookletPartner>;
  today: string;
}

const PLURAL_CATEGORY: Record<PartnerCategory, string> = {
  merchant: 'Commerçants',
  insurer: 'Assurances',
  building: 'Entreprises du bâtiment',
  service: 'Services',
  public_body: 'Organismes publics',
};

function offerBlock(offer: Offer, partner: BookletPartner | undefined): Content {
  const validity = offer.validUntil ? `Jusqu’au ${frenchDate(offer.validUntil)}` : 'Sans date de fin';
  const saving = offer.defaultSavingCents > 0 ? `Économie estimée : ${euros(offer.defaultSavingCents)}${offer.benefit === 'contract' ? ' par an' : ''}` : '';
  const contact = [partner?.address, partner?.phone ? formatPhone(partner.phone) : ''].filter(Boolean).join(' · ');
  return {
    stack: [
      { text: [{ text: offer.partnerName, bold: true }, ` — ${offer.title}`] },
      { text: advantageText(offer), color: '#1b5e20', bold: true },
      offer.conditions ? { text: offer.conditions, italics: true } : '',
      { text: [validity, saving].filter(Boolean).join(' · '), fontSize: 9 },
      contact ? { text: contact, fontSize: 9 } : '',
    ],
    margin: [0, 0, 0, 10],
    unbreakable: true,
  };
}

/** An A4 booklet for the residence's letterboxes and notice board: the offers open to its households, by category. */
export function bookletPdf({ officeName, residence, offers, partners, today }: BookletInput): Promise<Buffer> {
  const sections: Content[] = PARTNER_CATEGORIES.flatMap((category) => {
    const inCategory = offers.filter((offer) => offer.partnerCategory === category);
    if (inCategory.length === 0) return [];
    return [{ text: PLURAL_CATEGORY[category], style: 'category' }, ...inCategory.map((offer) => offerBlock(offer, partners.get(offer.partnerId)))];
  });
  return renderPdf({
    info: { title: `Offres du Club des locataires — ${residence.name}`, author: officeName || 'Club des locataires', creator: 'Voisinage' },
    pageMargins: [48, 48, 48, 56],
    styles: {
      title: { fontSize: 18, bold: true },
      category: { fontSize: 13, bold: true, margin: [0, 12, 0, 6], color: '#0d47a1' },
    },
    content: [
      { text: 'Club des locataires — les offres de nos partenaires', style: 'title' },
      { text: `${residence.name} · ${residence.address}, ${residence.postcode} ${residence.city}`, margin: [0, 4, 0, 2] },
      { text: `Offres valables au ${frenchDate(today)}, réservées aux foyers membres. Présentez votre carte ou signalez-vous au bureau.`, italics: true, margin: [0, 0, 0, 8] },
      ...(sections.length > 0 ? sections : [{ text: 'Aucune offre en cours pour cette résidence.' }]),
    ],
    footer: (page, pages) => ({
      columns: [
        { text: [officeName, 'Club des locataires'].filter(Boolean).join(' · '), fontSize: 8 },
        { text: `Page ${page} / ${pages}`, alignment: 'right', fontSize: 8 },
      ],
      margin: [48, 20, 48, 0],
    }),
  });
}
