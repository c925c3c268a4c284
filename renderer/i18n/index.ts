/**
 * i18next set up for the kiosk: Arabic first, English second, both bundled (no network). The
 * document's `lang` and `dir` follow the language, so RTL comes from the locale, never from CSS.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../core/content/schema';
import ar from './locales/ar.json';
import en from './locales/en.json';
import eligibilityAr from '../features/eligibility/locales/ar.json';
import eligibilityEn from '../features/eligibility/locales/en.json';
import guideAr from '../features/guide/locales/ar.json';
import guideEn from '../features/guide/locales/en.json';
import handoffAr from '../features/handoff/locales/ar.json';
import handoffEn from '../features/handoff/locales/en.json';
import staffAr from '../features/staff/locales/ar.json';
import staffEn from '../features/staff/locales/en.json';
import reportAr from '../features/report/locales/ar.json';
import reportEn from '../features/report/locales/en.json';
import helpAr from '../features/help/locales/ar.json';
import helpEn from '../features/help/locales/en.json';
import listenAr from '../features/listen/locales/ar.json';
import listenEn from '../features/listen/locales/en.json';

export const defaultLanguage: Language = 'ar';

/**
 * Features with many strings keep them in their own `locales/{ar,en}.json` beside their screens;
 * they are merged here under the feature's key (`t('guide.start.title')`). The key-parity test
 * checks these merged resources, so a feature file missing a key fails like any other.
 */
export const resources = {
  ar: {
    translation: {
      ...ar,
      guide: guideAr,
      eligibility: eligibilityAr,
      handoff: handoffAr,
      staff: staffAr,
      report: reportAr,
      help: helpAr,
      listen: listenAr,
    },
  },
  en: {
    translation: {
      ...en,
      guide: guideEn,
      eligibility: eligibilityEn,
      handoff: handoffEn,
      staff: staffEn,
      report: reportEn,
      help: helpEn,
      listen: listenEn,
    },
  },
} as const;

/** Text direction of a kiosk language. */
export function directionOf(lang: Language): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** Creates and initialises the kiosk's i18next instance. */
export async function createI18n(): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: defaultLanguage,
    fallbackLng: false,
    supportedLngs: ['ar', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Points the document at a language: `lang` for screen readers and fonts, `dir` for layout. */
export function applyDocumentLanguage(doc: Document, lang: Language): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = directionOf(lang);
}
