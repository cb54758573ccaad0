import { describe, expect, it } from 'vitest';
import { call, newBackend } from './helpers.ts';

describe('demo club', () => {
  it('gives the demo office a living club: partners of every category, one holder per trade, fees, one lapsed partner, savings, a budget', async () => {
    const admin = await newBackend();
    await call(admin, 'demo.fill', {});
    const partners = (await call(admin, 'club.partners.list', {})).rows;
    expect(partners.length).toBeGreaterThanOrEqual(22);
    expect(new Set(partners.map((p) => p.category))).toEqual(new Set(['merchant', 'insurer', 'building', 'service', 'public_body']));
    const holders = partners.filter((p) => p.category === 'building' && (p.status === 'active' || p.status === 'suspended'));
    expect(new Set(holders.map((p) => p.trade)).size).toBe(holders.length);
    expect(partners.filter((p) => p.status === 'ended').map((p) => p.trade)).toContain('plumbing');

    const lapsed = partners.filter((p) => p.status === 'suspended');
    expect(lapsed).toHaveLength(1);
    expect(lapsed[0]).toMatchObject({ statusAutomatic: true, statusReason: expect.stringContaining('impayée') });
    expect(await call(admin, 'club.partners.applyLapses', {})).toEqual({ suspended: [], ended: [] });

    const year = new Date().getFullYear();
    const dashboard = await call(admin, 'club.savings.dashboard', { year });
    const ledger = await call(admin, 'club.savings.ledger', { year });
    expect(dashboard.total.cents).toBeGreaterThan(0);
    expect(dashboard.total).toEqual(ledger.total);
    expect(dashboard.fees.paidCents).toBeGreaterThan(0);
    const insurance = (await call(admin, 'club.offers.list', {})).rows.find((offer) => offer.partnerCategory === 'insurer');
    expect(insurance).toMatchObject({ defaultSavingCents: 15_000, benefit: 'contract' });
    expect(insurance!.contractCount).toBeGreaterThan(20);

    const book = await call(admin, 'club.budget.list', { year });
    expect(book.rows.some((row) => row.source === 'partner_fee')).toBe(true);
    expect(new Set(book.rows.map((row) => row.direction))).toEqual(new Set(['receipt', 'expense']));
  });
});
