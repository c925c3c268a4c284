/** The shape of the dashboard's messages: English is the source of the keys. */
import type { en } from './en';

/** Plural forms Arabic needs (Intl.PluralRules('ar') answers all six). */
export type ArabicPlural = {
  readonly zero: string;
  readonly one: string;
  readonly two: string;
  readonly few: string;
  readonly many: string;
  readonly other: string;
};

/** English plural forms. */
export type EnglishPlural = { readonly one: string; readonly other: string };

export type MessageKey = keyof typeof en;

/** Keys whose entry is a plural. */
export type PluralKey = {
  [K in MessageKey]: (typeof en)[K] extends string ? never : K;
}[MessageKey];

/** Keys whose entry is plain text. */
export type TextKey = Exclude<MessageKey, PluralKey>;

/** Arabic: every English key, plurals with six forms. */
export type ArabicMessages = {
  readonly [K in MessageKey]: (typeof en)[K] extends string ? string : ArabicPlural;
};
