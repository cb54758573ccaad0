import { exportFr } from './export/text.fr.ts';
import { outboxFr } from './outbox/text.fr.ts';
import { tfpbFr } from './tfpb/text.fr.ts';

/** French strings of the federation screens (i18n key "federation"). */
export const federationFr = {
  title: 'Export fédération',
  forbidden: 'Votre rôle ne donne pas accès à l’export fédération.',
  nav: { label: 'Export fédération', export: 'Indicateurs', outbox: 'Envois', tfpb: 'Rapport TFPB' },
  export: exportFr,
  outbox: outboxFr,
  tfpb: tfpbFr,
};
