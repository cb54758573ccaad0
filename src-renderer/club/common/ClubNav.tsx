import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useCan } from '../../auth/AuthContext.ts';

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
  const [location] = useLocation();
  const canRead = useCan('club');
  if (!canRead) return null;
  const current = (path: string) => (path === '/' ? location === '/' : location.startsWith(path));
  return (
    <nav aria-label={t('club.nav.label')}>
      <Group gap={4} mb="md" wrap="wrap">
        {LINKS.map((link) => (
          <Button
            key={link.path}
            component={Link}
            href={link.path}
            size="compact-sm"
            variant={current(link.path) ? 'filled' : 'subtle'}
            aria-current={current(link.path) ? 'page' : undefined}
          >
            {t(`club.nav.${link.key}`)}
          </Button>
        ))}
      </Group>
    </nav>
  );
}
