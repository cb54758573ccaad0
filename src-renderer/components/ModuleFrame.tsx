import { Alert, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import type { ModuleName } from '../../src-main/auth/rights.ts';
import { useCan } from '../auth/AuthContext.ts';
import { SectionLinks, type SectionLink } from './SectionLinks.tsx';

interface Props {
  /** The module whose read right opens these screens (the backend refuses the others anyway). */
  module: ModuleName;
  /** The h1 shown with the refusal. */
  title: string;
  /** The sentence shown to a role without access. */
  forbidden: string;
  /** The accessible name of the row of links, and the links between the module's screens. */
  linksLabel: string;
  links: readonly SectionLink[];
  /** The module's routes, relative to its nested path; an unknown path shows "404". */
  children: ReactNode;
}

/** A module's frame under its nested route: a refusal for roles without read, else its links and its screens. */
export function ModuleFrame({ module, title, forbidden, linksLabel, links, children }: Props) {
  if (!useCan(module)) {
    return (
      <>
        <Title order={1} mb="md">
          {title}
        </Title>
        <Alert icon={<IconLock aria-hidden />} color="gray" variant="light">
          {forbidden}
        </Alert>
      </>
    );
  }
  return (
    <>
      <SectionLinks label={linksLabel} links={links} />
      <Switch>
        {children}
        <Route>
          <Title order={1}>404</Title>
        </Route>
      </Switch>
    </>
  );
}
