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
}

export const SECTIONS: Section[] = [
  { path: '/residences', label: 'residences', icon: IconBuildingCommunity, modules: ['residences'] },
  { path: '/foyers', label: 'households', icon: IconUsers, modules: ['households'] },
  { path: '/conciergerie', label: 'conciergerie', icon: IconBuildingStore, modules: ['conciergerie'] },
  { path: '/club', label: 'club', icon: IconHeartHandshake, modules: ['club'] },
  { path: '/agenda', label: 'agenda', icon: IconCalendarEvent, modules: ['agenda'] },
  { path: '/federation', label: 'federation', icon: IconSend, modules: ['federation'] },
  { path: '/parametres', label: 'settings', icon: IconSettings, modules: ['settings', 'administration'] },
];
