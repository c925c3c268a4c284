/**
 * The eligibility check's words in Arabic and English, as data, so the screens, the check-answers
 * page and the printed checklist say exactly the same thing. The renderer loads them into i18next.
 *
 * Policy: every text is cautious. Results say "likely" or "may", always name the platform as the
 * one that decides, and a "likely not" result is never shown without next steps.
 *
 * Placeholders use i18next's `{{name}}` syntax and are filled from the rules table, never typed in
 * here, so a changed figure changes every text. Counted nouns need Arabic's six plural forms, so a
 * placeholder carries the number with its noun, made with `formatCount`:
 * `{{months}}` = `formatCount(countTexts.months, lang, rules.maxMonthsAbroad.value)`,
 * `{{threshold}}` = `formatCount(countTexts.sar, lang, result.estimatedThreshold)`.
 */
import { type Language, type Localized } from '../content/schema';
import {
  type ApplyingAs,
  type EligibilityBand,
  type NationalityException,
  type Nationality,
  type NextStepCode,
  type QuestionId,
  type ReasonCode,
  type Residence,
} from './rules';

/** Heading and first paragraph of a result page. */
export type BandText = {
  /** Heading: cautious, never "No". */
  readonly title: Localized<string>;
  /** First paragraph: what the band means and that the platform decides. */
  readonly body: Localized<string>;
};

/** Arabic's plural categories (CLDR): 0, 1, 2, 3–10, 11–99, and the rest (100, 101, 102…). */
export const arabicPluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
/** English's plural categories (CLDR). */
export const englishPluralCategories = ['one', 'other'] as const;

/** A counted noun in every plural form; `{{count}}` stands for the number. */
export type PluralText = {
  readonly ar: Readonly<Record<(typeof arabicPluralCategories)[number], string>>;
  readonly en: Readonly<Record<(typeof englishPluralCategories)[number], string>>;
};

/** Counted nouns used by the check, its answers and its results. */
export const countTexts = {
  /** Household members, on the check-answers page. */
  people: {
    ar: {
      zero: 'لا أحد',
      one: 'شخص واحد',
      two: 'شخصان',
      few: '{{count}} أشخاص',
      many: '{{count}} شخصاً',
      other: '{{count}} شخص',
    },
    en: { one: '{{count}} person', other: '{{count}} people' },
  },
  /** Riyals: incomes and thresholds. */
  sar: {
    ar: {
      zero: '{{count}} ريال',
      one: 'ريال واحد',
      two: 'ريالان',
      few: '{{count}} ريالات',
      many: '{{count}} ريالاً',
      other: '{{count}} ريال',
    },
    en: { one: '{{count}} riyal', other: '{{count}} riyals' },
  },
  /** Months outside the Kingdom. */
  months: {
    ar: {
      zero: '{{count}} شهر',
      one: 'شهر واحد',
      two: 'شهران',
      few: '{{count}} أشهر',
      many: '{{count}} شهراً',
      other: '{{count}} شهر',
    },
    en: { one: '{{count}} month', other: '{{count}} months' },
  },
} as const satisfies Readonly<Record<string, PluralText>>;

/**
 * A number with its noun in the right plural form, e.g. `formatCount(countTexts.sar, 'ar', 1320)`
 * gives `1320 ريالاً`. `shown` replaces the digits when the UI formats them (grouping, `<bdi>`).
 */
export function formatCount(
  text: PluralText,
  lang: Language,
  count: number,
  shown: string = String(count),
): string {
  const category = new Intl.PluralRules(lang).select(count);
  const forms: Readonly<Record<string, string>> = text[lang];
  return (forms[category] ?? forms.other ?? '').replaceAll('{{count}}', shown);
}

/** Words of one question page. */
export type QuestionText<Option extends string> = {
  /** The question, as the page heading. */
  readonly title: Localized<string>;
  /** One sentence under the heading that helps answer it. */
  readonly hint: Localized<string>;
  /** Label of each option, by option id; empty for number questions. */
  readonly options: Readonly<Record<Option, Localized<string>>>;
  /** How a number answer reads on the check-answers page. */
  readonly answerCount?: PluralText;
};

/** Option ids of each question; `never` for number questions. */
type OptionsOf = {
  readonly nationality: Nationality;
  readonly nationalityException: NationalityException;
  readonly residence: Residence;
  readonly applyingAs: ApplyingAs;
  readonly householdSize: never;
  readonly monthlyIncome: never;
};

/** Label of the "I don't know" button and of that answer on the check-answers page. */
export const dontKnowText: Localized<string> = { ar: 'لا أعرف', en: "I don't know" };

/** Texts of each question page, by question id. */
export const questionTexts: { readonly [Id in QuestionId]: QuestionText<OptionsOf[Id]> } = {
  nationality: {
    title: { ar: 'هل أنت مواطن سعودي؟', en: 'Are you a Saudi citizen?' },
    hint: {
      ar: 'الدعم للمواطنين السعوديين، مع بعض الحالات المستثناة.',
      en: 'The support is for Saudi citizens, with some exceptions.',
    },
    options: {
      saudi: { ar: 'نعم، أنا سعودي', en: 'Yes, I am Saudi' },
      'non-saudi': { ar: 'لا، لست سعودياً', en: 'No, I am not Saudi' },
    },
  },
  nationalityException: {
    title: { ar: 'هل تنطبق عليك حالة من هذه؟', en: 'Does one of these describe you?' },
    hint: {
      ar: 'بعض غير السعوديين يشملهم الدعم. الاستثناء يُطلب من أقرب مكتب أو من مراكز الاتصال.',
      en: 'Some people who are not Saudi are covered. The exception is requested from the nearest office or the call centres.',
    },
    options: {
      'wife-of-saudi': {
        ar: 'أنا زوجة غير سعودية لرجل سعودي.',
        en: 'I am the non-Saudi wife of a Saudi man.',
      },
      'divorcee-or-widow-of-saudi': {
        ar: 'أنا مطلقة أو أرملة غير سعودية لرجل سعودي، ولي أبناء سعوديون.',
        en: 'I am the non-Saudi divorcee or widow of a Saudi man, and I have Saudi children.',
      },
      'child-of-saudi-mother': {
        ar: 'أمي سعودية أرملة أو مطلقة، وأبي غير سعودي، وأسكن في المملكة بإقامة سارية.',
        en: 'My mother is a Saudi widow or divorcee, my father is not Saudi, and I live in the Kingdom with a valid residency.',
      },
      'mobility-card-holder': {
        ar: 'أنا من ذوي الإعاقة، أو يتيم، أو أرملة مع أيتام، ومعي بطاقة تنقل سارية.',
        en: 'I have a disability, or I am an orphan, or a widow with orphans, and I hold a valid mobility card.',
      },
      none: { ar: 'لا شيء من هذه', en: 'None of these' },
    },
  },
  residence: {
    title: {
      ar: 'في آخر 12 شهراً، كم كنت خارج المملكة؟',
      en: 'In the last 12 months, how long were you outside the Kingdom?',
    },
    hint: {
      ar: 'اجمع كل السفرات معاً.',
      en: 'Add all your trips together.',
    },
    options: {
      'up-to-limit': { ar: '{{months}} أو أقل', en: '{{months}} or less' },
      'over-limit': { ar: 'أكثر من {{months}}', en: 'More than {{months}}' },
    },
  },
  applyingAs: {
    title: { ar: 'هل تسجل وحدك أم مع أسرة؟', en: 'Are you applying alone or as a family?' },
    hint: {
      ar: 'رب الأسرة قد يكون رجلاً أو امرأة.',
      en: 'The head of the family can be a man or a woman.',
    },
    options: {
      independent: {
        ar: 'وحدي: عمري 18 سنة أو أكثر، ولي بيت ومصروف خاص بي.',
        en: 'Alone: I am 18 or older, with my own home and my own expenses.',
      },
      family: {
        ar: 'مع أسرة: كل من يسكن معي في بيت واحد.',
        en: 'As a family: everyone who lives with me in one home.',
      },
    },
  },
  householdSize: {
    title: {
      ar: 'كم شخصاً يسكن في بيتك، وأنت منهم؟',
      en: 'How many people live in your home, including you?',
    },
    hint: {
      ar: 'احسب كل من يسكن في البيت فعلاً.',
      en: 'Count everyone who really lives there.',
    },
    options: {},
    answerCount: countTexts.people,
  },
  monthlyIncome: {
    title: {
      ar: 'كم دخل بيتك في الشهر تقريباً، بالريال؟',
      en: 'About how much money does your home get each month, in riyals?',
    },
    hint: {
      ar: 'اجمع دخل كل من في البيت: الرواتب، والتقاعد، وأي دعم آخر. اكتب 0 إذا لم يكن هناك دخل.',
      en: "Add up everyone's income in the home: salaries, pensions and any other support. Enter 0 if there is none.",
    },
    options: {},
    answerCount: countTexts.sar,
  },
};

/** Heading and first paragraph of each result. */
export const bandTexts: Readonly<Record<EligibilityBand, BandText>> = {
  'likely-eligible': {
    title: { ar: 'غالباً أنت مؤهل', en: 'You are likely to qualify' },
    body: {
      ar: 'حسب إجاباتك، غالباً أنت مؤهل للدعم. هذا ليس قراراً. المنصة هي التي تقرر بعد أن تسجل.',
      en: 'From your answers, you are likely to qualify for support. This is not a decision. The platform decides after you register.',
    },
  },
  'may-be-eligible': {
    title: { ar: 'قد تكون مؤهلاً', en: 'You may qualify' },
    body: {
      ar: 'لا نستطيع أن نعرف من هذه الإجابات وحدها. المنصة هي التي تقرر بعد أن تسجل.',
      en: 'We cannot tell from these answers alone. The platform decides after you register.',
    },
  },
  'likely-not-eligible': {
    title: { ar: 'قد لا تكون مؤهلاً لهذا الدعم', en: 'You may not qualify for this support' },
    body: {
      ar: 'حسب إجاباتك، غالباً لا ينطبق عليك هذا الدعم. هذا ليس قراراً، فالمنصة هي التي تقرر. وهناك طرق أخرى للمساعدة، انظر تحت.',
      en: 'From your answers, this support is unlikely to apply to you. This is not a decision: the platform decides. There are other ways we can help; see below.',
    },
  },
};

/** One line per reason, shown under "Why". */
export const reasonTexts: Readonly<Record<ReasonCode, Localized<string>>> = {
  'saudi-citizen': {
    ar: 'أنت مواطن سعودي، وهذا من شروط الدعم.',
    en: 'You are a Saudi citizen, which is one of the conditions.',
  },
  'nationality-exception-may-apply': {
    ar: 'قد تنطبق عليك حالة مستثناة من شرط الجنسية. لكن الاستثناء يحتاج طلباً وموافقة.',
    en: 'An exception to the nationality rule may apply to you. But the exception has to be requested and approved.',
  },
  'non-saudi-no-exception': {
    ar: 'الدعم للمواطنين السعوديين، ولم تختر حالة من الحالات المستثناة.',
    en: 'The support is for Saudi citizens, and you did not choose one of the exception cases.',
  },
  'nationality-exception-unknown': {
    ar: 'لم تعرف إن كانت تنطبق عليك حالة مستثناة من شرط الجنسية.',
    en: 'You were not sure whether an exception to the nationality rule applies to you.',
  },
  'nationality-unknown': {
    ar: 'لم تعرف جواب سؤال الجنسية.',
    en: 'You were not sure about the nationality question.',
  },
  'lives-in-kingdom': {
    ar: 'كنت خارج المملكة {{months}} أو أقل في آخر سنة، وهذا من شروط الدعم.',
    en: 'You were outside the Kingdom {{months}} or less in the last year, which is one of the conditions.',
  },
  'abroad-too-long': {
    ar: 'كنت خارج المملكة أكثر من {{months}} في آخر سنة. الشرط ألا تزيد المدة عن {{months}}.',
    en: 'You were outside the Kingdom more than {{months}} in the last year. The rule is {{months}} at most.',
  },
  'residence-unknown': {
    ar: 'لم تعرف كم كنت خارج المملكة في آخر سنة.',
    en: 'You were not sure how long you were outside the Kingdom in the last year.',
  },
  'applying-as-independent': {
    ar: 'تسجل وحدك، فحسبنا الحد لشخص واحد.',
    en: 'You are applying alone, so we used the limit for one person.',
  },
  'applying-as-family': {
    ar: 'تسجل مع أسرة، فالحد يزيد مع عدد أفراد البيت.',
    en: 'You are applying as a family, so the limit grows with the number of people in the home.',
  },
  'applying-as-unknown': {
    ar: 'لم تعرف هل تسجل وحدك أم مع أسرة.',
    en: 'You were not sure whether to apply alone or as a family.',
  },
  'household-size-unknown': {
    ar: 'لم نعرف عدد أفراد البيت، فلم نستطع حساب الحد.',
    en: 'We did not know how many people live in your home, so we could not work out the limit.',
  },
  'income-well-below-threshold': {
    ar: 'دخلك أقل بكثير من الحد التقريبي لبيتك، وهو {{threshold}} في الشهر.',
    en: "Your income is well below your home's approximate limit of {{threshold}} a month.",
  },
  'income-near-threshold': {
    ar: 'دخلك قريب من الحد التقريبي لبيتك، وهو {{threshold}} في الشهر. المنصة تحسب الدخل بدقة أكبر.',
    en: "Your income is close to your home's approximate limit of {{threshold}} a month. The platform counts income more exactly.",
  },
  'income-above-threshold': {
    ar: 'دخلك أعلى من الحد التقريبي لبيتك، وهو {{threshold}} في الشهر.',
    en: "Your income is above your home's approximate limit of {{threshold}} a month.",
  },
  'income-unknown': {
    ar: 'لم تعرف دخل بيتك في الشهر.',
    en: "You were not sure of your home's monthly income.",
  },
};

/** One line per next step, shown under "What you can do now". */
export const nextStepTexts: Readonly<Record<NextStepCode, Localized<string>>> = {
  'register-on-platform': {
    ar: 'سجّل في منصة الدعم والحماية الاجتماعية. المنصة هي التي تقرر.',
    en: 'Register on the Social Support and Protection Platform. The platform decides.',
  },
  'follow-registration-guide': {
    ar: 'اتبع دليل التسجيل خطوة بخطوة في هذا الجهاز.',
    en: 'Follow the step-by-step registration guide on this kiosk.',
  },
  'print-checklist': {
    ar: 'اطبع قائمة الأوراق التي تحتاجها.',
    en: 'Print the list of papers you need.',
  },
  'request-nationality-exception': {
    ar: 'اطلب الاستثناء من شرط الجنسية في أقرب مكتب ضمان اجتماعي، أو عن طريق مراكز الاتصال.',
    en: 'Ask for the exception to the nationality rule at your nearest social security office, or through the call centres.',
  },
  'ask-office-about-exceptions': {
    ar: 'اسأل مكتب الضمان الاجتماعي إن كانت تنطبق عليك حالة مستثناة.',
    en: 'Ask the social security office whether an exception case applies to you.',
  },
  'find-missing-answers': {
    ar: 'اعرف الإجابات التي لم تكن تعرفها، ثم تحقق مرة أخرى.',
    en: 'Find out the answers you did not know, then check again.',
  },
  'check-again-after-return': {
    ar: 'الشرط يحسب آخر 12 شهراً. تحقق مرة أخرى بعد أن تبقى في المملكة مدة كافية.',
    en: 'The rule looks at the last 12 months. Check again after you have stayed in the Kingdom long enough.',
  },
  'check-again-if-things-change': {
    ar: 'إذا قل دخلك أو تغيّر من يسكن معك، تحقق مرة أخرى.',
    en: 'If your income goes down or the people in your home change, check again.',
  },
  'explore-empowerment': {
    ar: 'اسأل عن برامج التمكين: مساعدة في وظيفة، أو تدريب، أو مشروع صغير.',
    en: 'Ask about the empowerment programmes: help with a job, training or a small project.',
  },
  'explore-productive-families': {
    ar: 'اسأل عن الأسر المنتجة: شهادة أسرة منتجة مجانية، وتمويل من بنك التنمية الاجتماعية.',
    en: 'Ask about productive families: a free productive-family certificate and financing from the Social Development Bank.',
  },
  'ask-staff': {
    ar: 'اسأل موظفاً في هذا الركن. سيساعدك.',
    en: 'Ask a staff member at this corner. They will help you.',
  },
};

/** Fixed notices on every result page (and the printout). */
export const noticeTexts = {
  /** Always shown: the result is informal and the platform decides. */
  informal: {
    ar: 'هذا تحقق تقريبي وليس قراراً. منصة الدعم والحماية الاجتماعية هي التي تقرر.',
    en: 'This is a rough check, not a decision. The Social Support and Protection Platform decides.',
  },
  /** Always shown: why the estimate can differ from the platform's result (S7). */
  incomeCounting: {
    ar: 'المنصة تحسب أكثر من الراتب: الأموال التي يمكن تحويلها إلى نقد والإعانات الحكومية تُحسب دخلاً موزعاً على 12 شهراً. البيت الذي تسكنه وسيارة واحدة لا تُحسب.',
    en: 'The platform counts more than salary: money and things that can be turned into cash, and government subsidies, count as income spread over 12 months. Your own home and one car do not count.',
  },
  /** Shown when `usesUnconfirmedFigures` is true. */
  unconfirmedFigures: {
    ar: 'بعض المبالغ المستخدمة هنا لم نتأكد منها من مصدر رسمي، وقد تتغير.',
    en: 'Some amounts used here are not confirmed by an official source, and they can change.',
  },
  /** Shown with an estimated threshold: amounts are time-sensitive. */
  amountsMayChange: {
    ar: 'المبالغ قد تتغير. تأكد منها في المنصة.',
    en: 'Amounts can change. Check them on the platform.',
  },
} as const satisfies Readonly<Record<string, Localized<string>>>;
