import { Anchor, Group } from '@mantine/core';
import { IconArrowsExchange, IconHeartbeat, IconShieldLock, IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCan } from '../auth/AuthContext.ts';

/**
 * Links to the screens that hang under Foyers et personnes: follow-up (only for roles that may read it), skills
 * directory, housing exchanges, personal data (retention). Absolute paths (~), so it can be mounted inside any nested route.
 */
export function FoyersToolLinks() {
  const { t } = useTranslation();
  const canFollow = useCan('followup');
  return (
    <Group gap="lg" component="nav" aria-label={t('followup.toolsNavigation')}>
      {canFollow && (
        <Anchor component={Link} href="~/foyers/suivi">
          <IconHeartbeat size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t('followup.title')}
        </Anchor>
      )}
      <Anchor component={Link} href="~/foyers/competences">
        <IconTools size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t('skills.title')}
      </Anchor>
      <Anchor component={Link} href="~/foyers/echanges">
        <IconArrowsExchange size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t('exchange.title')}
      </Anchor>
      <Anchor component={Link} href="~/foyers/donnees">
        <IconShieldLock size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t('privacy.title')}
      </Anchor>
    </Group>
  );
}

/** "← Foyers et personnes": back to the households section from one of these screens. */
export function BackToHouseholds() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} href="~/foyers">
      ← {t('nav.households')}
    </Anchor>
  );
}
