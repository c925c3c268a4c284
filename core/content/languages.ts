/** The kiosk's two languages; Arabic is the default. */
export const languages = ['ar', 'en'] as const;
export type Language = (typeof languages)[number];

/** A value in both languages; both are required so no screen falls back to the other. */
export type Localized<T> = { readonly ar: T; readonly en: T };
