import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/AuthContext.ts';
import { SectionLinks } from '../../components/SectionLinks.tsx';

/** The club's screens, relative to /club; the rules are shown to everyone (read-only below admin). */
const LINKS = [
  { path: '/', key: 'dashboard' },
  { path: '/partenaires', key: 'partners' },
  { path: '/offres', key: 'offers' },
  { path: '/contrats', key: 'contracts' },
  { path: '/economies', key: 'ledger' },
  { path: '/cotisations', key: 'fees' },
  { path: '/budget', key: 'budget' },
  { path: '/courriers', key: 'mailing' },
  { path: '/regles', key: 'settings' },
] as const;

export function ClubNav() {
  const { t } = useTranslation();
  const canRead = useCan('club');
  if (!canRead) return null;
  return <SectionLinks label={t('club.nav.label')} links={LINKS.map((link) => ({ path: link.path, label: t(`club.nav.${link.key}`) }))} />;
}
