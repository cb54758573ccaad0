import { Stack, Tabs, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageTab {
  value: string;
  label: string;
  panel: ReactNode;
}

interface Props {
  title: string;
  tabs: readonly PageTab[];
  /** Only for a page that switches tab itself (the till's history opens a session's payments); else the first tab. */
  tab?: string | null;
  onTabChange?: (tab: string | null) => void;
  /** Shown between the title and the tabs (an alert that concerns every tab). */
  children?: ReactNode;
}

/** A conciergerie screen made of tabs under its h1; panels are mounted only while shown, so each loads on demand. */
export function TabbedPage({ title, tabs, tab, onTabChange, children }: Props) {
  const controlled = tab !== undefined ? { value: tab, onChange: onTabChange } : { defaultValue: tabs[0]?.value };
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      {children}
      <Tabs {...controlled} keepMounted={false}>
        <Tabs.List>
          {tabs.map((item) => (
            <Tabs.Tab key={item.value} value={item.value}>
              {item.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((item) => (
          <Tabs.Panel key={item.value} value={item.value} pt="md">
            {item.panel}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
