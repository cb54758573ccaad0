/**
 * Rights per module, as Paheko grants them: none < read < write < admin. A role holds one level per module;
 * the backend checks the level a method needs before running it, whatever the UI shows.
 */
export const MODULES = [
  'residences',
  'households',
  'followup',
  'conciergerie',
  'club',
  'agenda',
  'federation',
  'settings',
  'administration',
] as const;
export type ModuleName = (typeof MODULES)[number];

export const LEVELS = ['none', 'read', 'write', 'admin'] as const;
export type Level = (typeof LEVELS)[number];

export const ROLES = ['administrator', 'office', 'counter', 'readonly'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Administrateur',
  office: 'Personnel du bureau',
  counter: 'Opérateur de comptoir',
  readonly: 'Lecture seule',
};

export const MODULE_LABELS: Record<ModuleName, string> = {
  residences: 'Résidences',
  households: 'Foyers et personnes',
  followup: 'Suivi des personnes isolées',
  conciergerie: 'Conciergerie',
  club: 'Club des locataires',
  agenda: 'Agenda',
  federation: 'Export fédération',
  settings: 'Paramètres',
  administration: 'Comptes, journal et sauvegardes',
};

export type Rights = Record<ModuleName, Level>;

const all = (level: Level): Rights => Object.fromEntries(MODULES.map((m) => [m, level])) as Rights;

/** Defaults seeded at installation; an administrator may change them (except the administrator's own). */
export const DEFAULT_RIGHTS: Record<Role, Rights> = {
  administrator: all('admin'),
  // The office sets the counter's prices and membership types and the club's rules; the counter only applies them.
  office: { ...all('write'), conciergerie: 'admin', club: 'admin', settings: 'read', administration: 'none' },
  // The counter enrols members and lends; it never reads the social follow-up of vulnerable people.
  counter: { ...all('read'), households: 'write', conciergerie: 'write', agenda: 'write', followup: 'none', federation: 'none', settings: 'none', administration: 'none' },
  readonly: { ...all('read'), followup: 'none', administration: 'none' },
};

export function levelAtLeast(held: Level, needed: Level): boolean {
  return LEVELS.indexOf(held) >= LEVELS.indexOf(needed);
}
