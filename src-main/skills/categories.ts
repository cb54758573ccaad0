/** Know-how exchange: the categories of skills and their French labels (shared with the renderer: no Node imports). */
export const SKILL_CATEGORIES = [
  'couture',
  'bricolage',
  'informatique',
  'cuisine',
  'jardinage',
  'soutien-scolaire',
  'langues',
  'administratif',
  'garde-animaux',
  'autre',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export const SKILL_CATEGORY_LABELS: Record<SkillCategory, string> = {
  couture: 'Couture',
  bricolage: 'Bricolage',
  informatique: 'Informatique',
  cuisine: 'Cuisine',
  jardinage: 'Jardinage',
  'soutien-scolaire': 'Soutien scolaire',
  langues: 'Langues',
  administratif: 'Démarches administratives',
  'garde-animaux': 'Garde d’animaux',
  autre: 'Autre',
};

/** offer: the person can help; want: the person would like help. */
export const SKILL_DIRECTIONS = ['offer', 'want'] as const;
export type SkillDirection = (typeof SKILL_DIRECTIONS)[number];
