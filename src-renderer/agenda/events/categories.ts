import type { EventCategory } from '../../../src-main/agenda/events/fields.ts';

/** One Mantine colour per category, used as a left border with the theme's dark text (contrast stays with the text). */
export const CATEGORY_COLORS: Record<EventCategory, string> = {
  workshop: 'blue',
  tutoring: 'violet',
  meetup: 'teal',
  cooking: 'orange',
  energy: 'yellow',
  garden: 'green',
  outing: 'cyan',
  other: 'gray',
};
