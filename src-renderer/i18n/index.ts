import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../format/index.ts';
import { en } from './en.ts';
import { fr, type Translations } from './fr.ts';

const LANGUAGE_KEY = 'voisinage.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translations };
  }
}

export function savedLanguage(): Language {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'fr';
}

export function changeLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

/** French by default; English when the user chose it. Missing English keys fall back to French. */
export function initI18n(): typeof i18next {
  const language = savedLanguage();
  document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: language,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}
