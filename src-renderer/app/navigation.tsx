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
import type { ModuleName } from '../../src-main/auth/rights.ts';
import type { Translations } from '../i18n/fr.ts';

export interface Section {
  path: string;
  label: keyof Translations['nav'];
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Shown to roles holding at least read on one of these modules. */
  modules: ModuleName[];
  /** false while the module is not built yet: its screen says so plainly. */
  built: boolean;
}

export const SECTIONS: Section[] = [
  { path: '/residences', label: 'residences', icon: IconBuildingCommunity, built: true, modules: ['residences'] },
  { path: '/foyers', label: 'households', icon: IconUsers, built: true, modules: ['households'] },
  { path: '/conciergerie', label: 'conciergerie', icon: IconBuildingStore, built: true, modules: ['conciergerie'] },
  { path: '/club', label: 'club', icon: IconHeartHandshake, built: true, modules: ['club'] },
  { path: '/agenda', label: 'agenda', icon: IconCalendarEvent, built: true, modules: ['agenda'] },
  { path: '/federation', label: 'federation', icon: IconSend, built: true, modules: ['federation'] },
  { path: '/parametres', label: 'settings', icon: IconSettings, built: true, modules: ['settings', 'administration'] },
];
