import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'wouter';

export interface SectionLink {
  /** Relative to the module's nested route ("/" is its home). */
  path: string;
  label: string;
}

/** The row of links between a module's screens (conciergerie, club), the current one marked for screen readers. */
export function SectionLinks({ label, links }: { label: string; links: readonly SectionLink[] }) {
  const [location] = useLocation();
  const current = (path: string) => (path === '/' ? location === '/' : location.startsWith(path));
  return (
    <Group component="nav" aria-label={label} gap={4} mb="md" wrap="wrap">
      {links.map((link) => (
        <Button
          key={link.path}
          component={Link}
          href={link.path}
          size="compact-sm"
          variant={current(link.path) ? 'filled' : 'subtle'}
          aria-current={current(link.path) ? 'page' : undefined}
        >
          {link.label}
        </Button>
      ))}
    </Group>
  );
}
