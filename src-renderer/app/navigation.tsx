import {
  IconBuildingCommunity,
  IconCalendarEvent,
  IconHeartHandshake,
  IconSend,
  IconSettings,
  IconUsers,
  IconBuildingStore,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Translations } from '../i18n/fr.ts';

export interface Section {
  path: string;
  label: keyof Translations['nav'];
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** false while the module is not built yet: its screen says so plainly. */
  built: boolean;
}

export const SECTIONS: Section[] = [
  { path: '/residences', label: 'residences', icon: IconBuildingCommunity, built: true },
  { path: '/foyers', label: 'households', icon: IconUsers, built: false },
  { path: '/conciergerie', label: 'conciergerie', icon: IconBuildingStore, built: false },
  { path: '/club', label: 'club', icon: IconHeartHandshake, built: false },
  { path: '/agenda', label: 'agenda', icon: IconCalendarEvent, built: false },
  { path: '/federation', label: 'federation', icon: IconSend, built: false },
  { path: '/parametres', label: 'settings', icon: IconSettings, built: false },
];
