import type { SyncDb } from '../../db/query.ts';
import type { BudgetCategory, BudgetDirection } from '../club/budget/categories.ts';
import type { OfferBenefit, OfferKind, OfferTarget } from '../club/offers/fields.ts';
import type { PartnerCategory, Trade } from '../club/partners/fields.ts';
import { applyLapses } from '../club/partners/lapse.ts';
import { partnerColumns } from '../club/partners/repository.ts';
import { recordStatus } from '../club/partners/status.ts';
import { clubSettings } from '../club/settings/store.ts';
import { withLuhnKey } from '../shared/siret.ts';
import { addDays, addMonths, daysBetween } from '../shared/days.ts';
import type { Random } from './random.ts';

/*
 * The tenants' club of the demo office: about 25 partners across categories (one building firm per trade, a former
 * plumber whose agreement ended, two candidates), their offers (a group home insurance saving about 150 € a year, 100 €
 * off a driving licence in priority neighbourhoods…), last year's and this year's fee calls and payments (one partner
 * still unpaid past the grace period, hence suspended), contracts and uses by demo households, and a year of the
 * club's receipts and expenses. Runs inside the demo's transaction, without a signed-in user.
 */

interface DemoOffer {
  title: string;
  kind: OfferKind;
  value: number;
  usualPriceCents?: number;
  benefit: OfferBenefit;
  savingCents: number;
  target: OfferTarget;
  conditions: string;
  /** How many households signed or used it, and how widely their savings vary around the estimate (cents). */
  takers: number;
  spread: number;
}

interface DemoPartner {
  name: string;
  category: PartnerCategory;
  trade?: Trade;
  naf: string;
  contact: string;
  street: string;
  city?: [string, string];
  /** Years since the agreement started. */
  since: number;
  status?: 'candidate' | 'ended';
  offers?: DemoOffer[];
}

const use = (title: string, kind: OfferKind, value: number, savingCents: number, takers: number, conditions: string, target: OfferTarget = 'all'): DemoOffer => ({
  title,
  kind,
  value,
  benefit: 'use',
  savingCents,
  target,
  conditions,
  takers,
  spread: Math.round(savingCents / 3),
});

const PARTNERS: DemoPartner[] = [
  {
    name: 'Mutuelle Picarde Habitat',
    category: 'insurer',
    naf: '65.12Z',
    contact: 'Claire Vasseur',
    street: '18 boulevard Alsace-Lorraine',
    since: 4,
    offers: [
      {
        title: 'Assurance habitation au tarif de groupe',
        kind: 'special_price',
        value: 900,
        usualPriceCents: 2150,
        benefit: 'contract',
        savingCents: 15_000,
        target: 'all',
        conditions: 'Tarif mensuel selon le nombre de pièces, quels que soient l’étage et la composition du foyer. Sans frais de dossier.',
        takers: 42,
        spread: 3_000,
      },
    ],
  },
  { name: 'Auto-école du Centre', category: 'merchant', naf: '85.53Z', contact: 'Karim Benali', street: '7 rue des Trois-Cailloux', since: 3, offers: [use('Permis B : 100 € de remise sur le forfait 20 heures', 'fixed_amount', 10_000, 10_000, 9, 'Sur présentation de la carte du club, pour un membre du foyer de 17 ans ou plus.', 'qpv')] },
  { name: 'Optique Solidaire', category: 'merchant', naf: '47.78A', contact: 'Julie Carpentier', street: '25 rue de Noyon', since: 2, offers: [use('30 % sur les montures et verres', 'percentage', 30, 6_000, 12, 'Hors offres promotionnelles ; une fois par an et par personne.')] },
  { name: 'Boulangerie du Beffroi', category: 'merchant', naf: '10.71C', contact: 'Marc Delattre', street: '2 place du Beffroi', city: ['80100', 'Abbeville'], since: 2, offers: [{ title: 'Carte de fidélité : 10 % sur le pain et les viennoiseries', kind: 'percentage', value: 10, benefit: 'contract', savingCents: 3_500, target: 'residences', conditions: 'Carte annuelle nominative, au comptoir.', takers: 6, spread: 1_000 }] },
  { name: 'Cycles Saint-Leu', category: 'merchant', naf: '95.29Z', contact: 'Thomas Lefort', street: '40 rue du Don', since: 1, offers: [use('Révision de vélo à 15 €', 'special_price', 1_500, 2_000, 5, 'Pièces en sus, sur rendez-vous.')] },
  { name: 'Pharmacie des Quatre-Chemins', category: 'merchant', naf: '47.73Z', contact: 'Dr Anne Roussel', street: '101 route de Rouen', since: 3, offers: [use('15 % sur la parapharmacie', 'percentage', 15, 1_500, 7, 'Hors médicaments et produits remboursés.')] },
  { name: 'Coiffure Étouvie', category: 'merchant', naf: '96.02A', contact: 'Sabrina Mekki', street: '3 place de l’Europe', since: 1, offers: [use('Coupe enfant à 8 €', 'special_price', 800, 700, 6, 'Enfants de moins de 12 ans, du mardi au jeudi.', 'qpv')] },
  { name: 'Épicerie Sociale du Nord', category: 'merchant', naf: '47.11D', contact: 'Paul Ternisien', street: '12 rue Saint-Ladre', since: 2 },
  { name: 'Plomberie Martin', category: 'building', trade: 'plumbing', naf: '43.22A', contact: 'Jean Martin', street: '4 rue des Artisans', since: 1, offers: [use('Déplacement offert pour un dépannage', 'fixed_amount', 4_500, 4_500, 8, 'Du lundi au vendredi, dans les résidences du bailleur.')] },
  { name: 'Électricité Roux', category: 'building', trade: 'electricity', naf: '43.21A', contact: 'Nicolas Roux', street: '9 rue de la Vallée', since: 3, offers: [use('Diagnostic électrique à 49 €', 'special_price', 4_900, 5_000, 4, 'Logements du parc uniquement.')] },
  { name: 'Peintures Leclerc', category: 'building', trade: 'painting', naf: '43.34Z', contact: 'Sylvie Leclerc', street: '56 avenue de l’Europe', since: 2, offers: [use('10 % sur la réfection d’une pièce', 'percentage', 10, 12_000, 3, 'Devis gratuit ; fournitures comprises.')] },
  { name: 'Serrurerie Dumont', category: 'building', trade: 'locksmith', naf: '43.32B', contact: 'Alain Dumont', street: '14 rue Jules-Barni', since: 1, offers: [use('Ouverture de porte à 60 €', 'special_price', 6_000, 9_000, 5, 'En journée, sur justificatif de domicile.')] },
  { name: 'Chauffage Bernard', category: 'building', trade: 'heating', naf: '43.22B', contact: 'Luc Bernard', street: '2 rue Lamartine', since: 4, offers: [use('Entretien de chaudière à 79 €', 'special_price', 7_900, 4_000, 6, 'Chaudières individuelles gaz.')] },
  { name: 'Menuiserie Caron', category: 'building', trade: 'carpentry', naf: '43.32A', contact: 'Hugo Caron', street: '30 rue du Hocquet', since: 1 },
  { name: 'Vitrerie Lenoir', category: 'building', trade: 'glazing', naf: '43.34Z', contact: 'Chantal Lenoir', street: '8 rue de Metz', since: 2 },
  { name: 'Toitures de Picardie', category: 'building', trade: 'roofing', naf: '43.91B', contact: 'Denis Fournier', street: '71 route d’Albert', city: ['80300', 'Albert'], since: 1 },
  { name: 'Sanitaires Dubois', category: 'building', trade: 'plumbing', naf: '43.22A', contact: 'Rémi Dubois', street: '19 rue de Beauvais', since: 6, status: 'ended' },
  { name: 'Isolation Confort 80', category: 'building', trade: 'insulation', naf: '43.29A', contact: 'Yann Prévost', street: '5 impasse des Meuniers', since: 0, status: 'candidate' },
  { name: 'Déménagements Vasseur', category: 'service', naf: '49.42Z', contact: 'Bruno Vasseur', street: '88 rue Dejean', since: 2, offers: [use('20 % sur un déménagement dans le parc', 'percentage', 20, 15_000, 3, 'Pour un échange de logement ou une mutation dans le parc du bailleur.')] },
  { name: 'Dépann’Info Amiens', category: 'service', naf: '95.11Z', contact: 'Medhi Aït', street: '22 rue Gresset', since: 1, offers: [use('Remise en état d’un ordinateur à 30 €', 'special_price', 3_000, 4_000, 5, 'Diagnostic offert, pièces en sus.')] },
  { name: 'Aide à domicile Somme Services', category: 'service', naf: '88.10A', contact: 'Nathalie Guérin', street: '6 rue Dusevel', since: 3, offers: [{ title: 'Frais d’adhésion offerts', kind: 'fixed_amount', value: 5_000, benefit: 'contract', savingCents: 5_000, target: 'all', conditions: 'Pour les personnes de 70 ans et plus.', takers: 4, spread: 0 }] },
  { name: 'Laverie du Parc', category: 'service', naf: '96.01B', contact: 'Kevin Hamel', street: '1 rue des Tilleuls', since: 0, status: 'candidate' },
  { name: 'Maison France Services', category: 'public_body', naf: '84.11Z', contact: 'Accueil', street: '50 rue de la République', since: 3 },
  { name: 'Mission locale du Grand Amiénois', category: 'public_body', naf: '88.99B', contact: 'Léa Dupuis', street: '32 rue Lescouvé', since: 2 },
  { name: 'Point Conseil Budget', category: 'public_body', naf: '88.99B', contact: 'Sandrine Morel', street: '4 rue Lamarck', since: 1 },
];

/** Who does not pay this year's fee: suspended once past the grace period. */
const UNPAID = 'Coiffure Étouvie';

/** A valid SIRET (Luhn) made from a serial number. */
function demoSiret(serial: number): string {
  return withLuhnKey(`8${String(48_730_000 + serial * 137).padStart(9, '0')}000`);
}

interface Household {
  id: number;
  qpv: boolean;
  residenceId: number;
}

function demoHouseholds(db: SyncDb): Household[] {
  return db
    .all(
      db.q
        .selectFrom('household')
        .innerJoin('occupancy', 'occupancy.household_id', 'household.id')
        .innerJoin('dwelling', 'dwelling.id', 'occupancy.dwelling_id')
        .innerJoin('residence', 'residence.id', 'dwelling.residence_id')
        .select(['household.id', 'residence.id as residence_id', 'residence.qpv_code'])
        .where('occupancy.left_on', 'is', null)
        // Settled long before the club's first offers: every signature falls within their stay.
        .where('occupancy.entered_on', '<', '2020-01-01')
        .orderBy('household.id'),
    )
    .map((row) => ({ id: row.id, qpv: row.qpv_code !== null, residenceId: row.residence_id }));
}

export function fillDemoClub(db: SyncDb, now: string, random: Random): { partners: number; contracts: number } {
  const today = now.slice(0, 10);
  const year = Number(today.slice(0, 4));
  const who = { userId: null, now };
  const tiers = clubSettings(db).feeTiers;
  const households = demoHouseholds(db);
  const taken = new Set<string>();
  const residences = [...new Set(households.map((h) => h.residenceId))].slice(0, 3);
  let contracts = 0;

  // This year's call at mid-January, or 45 days ago early in the year, so that the grace period has run out.
  const calledOn = daysBetween(`${year}-01-15`, today) >= 45 ? `${year}-01-15` : addDays(today, -45);
  const callYears = [year - 1, year];

  PARTNERS.forEach((partner, index) => {
    const start = `${year - Math.max(partner.since, 1)}-0${1 + (index % 9)}-01`;
    const since = partner.since === 0 ? addDays(today, -20 - index) : start;
    const [postcode, city] = partner.city ?? ['80000', 'Amiens'];
    const columns = partnerColumns({
      name: partner.name,
      siret: demoSiret(index + 1),
      nafCode: partner.naf,
      category: partner.category,
      trade: partner.trade ?? null,
      contactName: partner.contact,
      phone: `+333224${String(10_000 + index * 731).slice(-5)}`,
      email: `contact@${partner.name.normalize('NFD').replace(/[^A-Za-z]+/g, '').toLowerCase().slice(0, 20)}.fr`,
      address: { line: partner.street, postcode, city },
      agreementStartOn: partner.status === 'candidate' ? null : since,
      agreementEndOn: null,
      notes: '',
    });
    const status = partner.status === 'candidate' ? 'candidate' : 'active';
    const { id } = db.get(db.q.insertInto('club_partner').values({ ...columns, status, created_at: now, updated_at: now }).returning('id'))!;
    recordStatus(db, { partnerId: id, status, on: since, reason: status === 'candidate' ? 'Candidature reçue.' : 'Convention signée.', automatic: false, feeCallId: null, ...who });
    if (partner.status === 'ended') {
      recordStatus(db, { partnerId: id, status: 'ended', on: `${year - 1}-06-30`, reason: 'Convention non renouvelée : délais d’intervention trop longs.', automatic: false, feeCallId: null, ...who });
      return;
    }
    if (status !== 'active') return;

    // Fees: last year paid by everyone; this year paid by most, partly by a few, not at all by one.
    const amount = tiers[partner.category];
    for (const callYear of callYears) {
      if (amount === 0 || Number(since.slice(0, 4)) > callYear) continue;
      const on = callYear === year ? calledOn : [`${callYear}-01-15`, since].sort()[1]!;
      const { id: callId } = db.get(
        db.q
          .insertInto('club_fee_call')
          .values({ partner_id: id, year: callYear, amount_cents: amount, called_on: on, cancelled_on: null, cancel_reason: '', created_by: null, created_at: now })
          .returning('id'),
      )!;
      if (callYear === year && partner.name === UNPAID) {
        db.run(db.q.insertInto('club_fee_reminder').values({ fee_call_id: callId, level: 1, sent_on: addDays(on, 20), created_by: null, created_at: now }));
        continue;
      }
      // A few pay in two instalments.
      const instalments = index % 7 === 3 ? [amount / 2, amount / 2] : [amount];
      const method = random.pick(['transfer', 'transfer', 'cheque'] as const);
      instalments.forEach((cents, instalment) => {
        db.run(
          db.q.insertInto('club_fee_payment').values({
            fee_call_id: callId,
            paid_on: addDays(on, random.int(3, 12) + instalment * 14),
            amount_cents: cents,
            method,
            reference: method === 'cheque' ? `Chèque n° ${random.int(1_000_000, 9_999_999)}` : '',
            created_by: null,
            created_at: now,
          }),
        );
      });
    }

    for (const offer of partner.offers ?? []) {
      const validFrom = since;
      const { id: offerId } = db.get(
        db.q
          .insertInto('club_offer')
          .values({
            partner_id: id,
            title: offer.title,
            kind: offer.kind,
            value: offer.value,
            usual_price_cents: offer.usualPriceCents ?? null,
            benefit: offer.benefit,
            default_saving_cents: offer.savingCents,
            conditions: offer.conditions,
            valid_from: validFrom,
            valid_until: null,
            target: offer.target,
            created_at: now,
            updated_at: now,
          })
          .returning('id'),
      )!;
      if (offer.target === 'residences') {
        for (const residenceId of residences) db.run(db.q.insertInto('club_offer_residence').values({ offer_id: offerId, residence_id: residenceId }));
      }
      const eligible = households.filter(
        (h) => !taken.has(`${offerId}:${h.id}`) && (offer.target === 'all' || (offer.target === 'qpv' ? h.qpv : residences.includes(h.residenceId))),
      );
      const span = Math.max(1, daysBetween(validFrom, today));
      for (let n = 0; n < offer.takers && eligible.length > 0; n++) {
        const household = eligible.splice(random.int(0, eligible.length - 1), 1)[0]!;
        taken.add(`${offerId}:${household.id}`);
        const signedOn = addDays(validFrom, random.int(0, span));
        // A few contracts were terminated after a year or two.
        const endsOn = offer.benefit === 'contract' && random.next() < 0.12 ? addDays(addMonths(signedOn, 12 * random.int(1, 2)), -1) : null;
        db.run(
          db.q.insertInto('club_contract').values({
            household_id: household.id,
            offer_id: offerId,
            kind: offer.benefit,
            signed_by_person_id: null,
            signed_on: signedOn,
            ends_on: endsOn,
            saving_cents: Math.max(0, offer.savingCents + (offer.spread === 0 ? 0 : random.int(-offer.spread, offer.spread))),
            reference: offer.benefit === 'contract' ? `CT-${year}-${String(1000 + contracts).slice(-4)}` : '',
            notes: '',
            created_by: null,
            created_at: now,
            updated_at: now,
          }),
        );
        contracts++;
      }
    }
  });

  fillDemoBudget(db, now, random);
  applyLapses(db, today, who);
  return { partners: PARTNERS.length, contracts };
}

const BUDGET: [BudgetDirection, BudgetCategory, string, number][] = [
  ['receipt', 'grants', 'Subvention de fonctionnement de la ville', 900_000],
  ['receipt', 'grants', 'Subvention du bailleur (convention annuelle)', 600_000],
  ['receipt', 'member_fees', 'Cotisations des adhérents du trimestre', 45_000],
  ['receipt', 'donations', 'Don d’un commerçant partenaire', 20_000],
  ['receipt', 'events', 'Buvette de la fête des voisins', 31_000],
  ['expense', 'events', 'Fête des voisins : location de tables et animation', 68_000],
  ['expense', 'events', 'Sortie familiale à la baie de Somme (car)', 95_000],
  ['expense', 'communication', 'Impression des livrets d’offres', 42_000],
  ['expense', 'communication', 'Affiches et flyers', 12_500],
  ['expense', 'supplies', 'Fournitures de bureau', 8_400],
  ['expense', 'insurance', 'Assurance responsabilité civile de l’association', 32_000],
  ['expense', 'bank_fees', 'Frais de tenue de compte', 2_400],
  ['expense', 'travel', 'Déplacements des bénévoles', 6_000],
];

/** A year of the club's book, month by month up to today (the partners' fees come from their payments). */
function fillDemoBudget(db: SyncDb, now: string, random: Random): void {
  const today = now.slice(0, 10);
  BUDGET.forEach(([direction, category, label, cents], index) => {
    const times = category === 'member_fees' || category === 'bank_fees' ? 4 : 1;
    for (let time = 0; time < times; time++) {
      const entryOn = addDays(addMonths(today, -11 + ((index * 5 + time * 3) % 12)), -random.int(0, 20));
      if (entryOn > today) continue;
      db.run(
        db.q.insertInto('club_budget_entry').values({
          entry_on: entryOn,
          direction,
          category,
          label,
          amount_cents: cents,
          reference: '',
          created_by: null,
          created_at: now,
          updated_at: now,
        }),
      );
    }
  });
}
