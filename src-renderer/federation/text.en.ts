import type { federationFr } from './text.fr.ts';
import { exportEn } from './export/text.en.ts';
import { outboxEn } from './outbox/text.en.ts';
import { tfpbEn } from './tfpb/text.en.ts';

export const federationEn: typeof federationFr = {
  title: 'Federation export',
  forbidden: 'Your role gives no access to the federation export.',
  nav: { label: 'Federation export', export: 'Indicators', outbox: 'Sending', tfpb: 'TFPB report' },
  export: exportEn,
  outbox: outboxEn,
  tfpb: tfpbEn,
};
