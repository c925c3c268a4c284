/**
 * The informal eligibility check: its questions, the figures it uses and a pure evaluator.
 *
 * Policy: the kiosk never decides and never says a bare "no". It sorts answers into three bands
 * (likely / may be / likely not), always says why with reason codes, always gives next steps, and
 * every screen says social security makes the final decision and the result appears on the Social
 * Support and Protection Platform.
 *
 * Why it can only be informal: the platform counts more than the monthly income a citizen types
 * here. Assets that can be turned into cash and government subsidies count as income spread over
 * 12 months; wealth includes property, cars and securities, but not the main home and one car (S7).
 * The kiosk asks for none of that, so its result is an estimate and the near-threshold band is
 * wide.
 *
 * The figures are data (`eligibility.rules` in the content bundle) so the office can change them
 * without touching the logic; a figure no official source confirms is marked `unconfirmed`, and a
 * result that used one says so (`usesUnconfirmedFigures`).
 */
import {
  checkDate,
  checkRecord,
  checkSources,
  checkWhenWellFormed,
  type Check,
} from '../content/validation';
import { isOneOf } from '../validation';

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

/** Whether an official source confirms a figure; `unconfirmed` figures make results say so. */
export const figureStatuses = ['confirmed', 'unconfirmed'] as const;
export type FigureStatus = (typeof figureStatuses)[number];

/** One number the rules depend on, with where it comes from. */
export type RuleFigure = {
  /** The number itself (riyals per month, or months). */
  readonly value: number;
  /** `unconfirmed` when only news or unofficial calculators report it. */
  readonly status: FigureStatus;
  /** Source keys from the domain facts (`S1`…`S45`, or `seed`). */
  readonly sources: readonly string[];
  /** For the office: history of the figure and why it has its status. Not shown to citizens. */
  readonly note?: string;
};

/** The table of figures the evaluator uses; it ships, and is versioned, with the content bundle. */
export type EligibilityRules = {
  /** ISO date (YYYY-MM-DD) the figures were last checked against their sources. */
  readonly reviewedAt: string;
  /** Monthly threshold for the head of household or an independent person, in SAR. */
  readonly baseAmountHead: RuleFigure;
  /** Monthly threshold added for each other member of the household, in SAR. */
  readonly dependentAmount: RuleFigure;
  /** Highest monthly threshold for a whole household, in SAR. */
  readonly householdCap: RuleFigure;
  /** Most months outside the Kingdom allowed in the year before payment (in a row or in total). */
  readonly maxMonthsAbroad: RuleFigure;
  /**
   * Width of the "may be eligible" band on either side of the threshold, in whole percent. Wide on
   * purpose: the kiosk does not see assets or subsidies (see the header). Whole percent rather than
   * a fraction keeps the band edges exact integers for whole-riyal thresholds.
   */
  readonly nearThresholdMarginPercent: number;
};

// ---------------------------------------------------------------------------------------------
// Questions (one per page in the UI)
// ---------------------------------------------------------------------------------------------

/** The answer every question may offer as "I don't know". */
export const dontKnow = 'dont-know' as const;
export type DontKnow = typeof dontKnow;

/** Citizenship. */
export const nationalityOptions = ['saudi', 'non-saudi'] as const;
export type Nationality = (typeof nationalityOptions)[number];

/** The cases in which a non-Saudi may still be covered (S7, S8, S14). */
export const nationalityExceptionOptions = [
  /** The non-Saudi wife of a Saudi man. */
  'wife-of-saudi',
  /** The non-Saudi divorcee or widow of a Saudi man, with Saudi children. */
  'divorcee-or-widow-of-saudi',
  /** A child of a Saudi widow or divorcee by a non-Saudi father, living here on valid residency. */
  'child-of-saudi-mother',
  /** A person with a disability, an orphan or a widow with orphans, with a valid mobility card. */
  'mobility-card-holder',
  /** None of the above. */
  'none',
] as const;
export type NationalityException = (typeof nationalityExceptionOptions)[number];

/** Time outside the Kingdom in the last 12 months, against `maxMonthsAbroad`. */
export const residenceOptions = [
  /** At most `maxMonthsAbroad` months in total. */
  'up-to-limit',
  /** More than `maxMonthsAbroad` months. */
  'over-limit',
] as const;
export type Residence = (typeof residenceOptions)[number];

/** Who applies (S10). */
export const applyingAsOptions = [
  /** An independent person: 18 or older, own home, own expenses. Household size is 1. */
  'independent',
  /** A family: everyone living in one home. */
  'family',
] as const;
export type ApplyingAs = (typeof applyingAsOptions)[number];

/**
 * What the citizen answered. Keys are the question ids. A missing key means "not asked yet" and
 * counts as not known, so a half-finished check can never come out as "likely eligible".
 */
export type EligibilityAnswers = {
  readonly nationality?: Nationality | DontKnow;
  /** Asked only when `nationality` is `non-saudi`. */
  readonly nationalityException?: NationalityException | DontKnow;
  readonly residence?: Residence | DontKnow;
  readonly applyingAs?: ApplyingAs | DontKnow;
  /** Everyone in the home including the applicant; asked unless applying as independent. */
  readonly householdSize?: number | DontKnow;
  /** Approximate total monthly income of the household in SAR; 0 is a valid answer. */
  readonly monthlyIncome?: number | DontKnow;
};

/** Question ids, in the order they are asked. */
export const questionIds = [
  'nationality',
  'nationalityException',
  'residence',
  'applyingAs',
  'householdSize',
  'monthlyIncome',
] as const satisfies readonly (keyof EligibilityAnswers)[];
export type QuestionId = (typeof questionIds)[number];

/** A question is shown only when an earlier answer is one of these values. */
export type ShowIf = {
  /** The earlier question. */
  readonly questionId: QuestionId;
  /** Its answers that make this question relevant. */
  readonly isOneOf: readonly string[];
};

/** A question answered by choosing one option. */
export type ChoiceQuestion = {
  readonly id: QuestionId;
  readonly kind: 'choice';
  /** Option ids in display order; texts are in `texts.ts`. "I don't know" is not listed here. */
  readonly options: readonly string[];
  /** Whether an "I don't know" button is offered (shown apart from the options). */
  readonly allowsDontKnow: boolean;
  /** Absent means always shown. */
  readonly showIf?: ShowIf;
};

/** A question answered with a whole number on the numeric keypad. */
export type NumberQuestion = {
  readonly id: QuestionId;
  readonly kind: 'number';
  /** Smallest accepted value. */
  readonly min: number;
  /** Largest accepted value; guards against a slipped finger adding digits. */
  readonly max: number;
  /** What the number counts; the UI picks the label and keypad from it. */
  readonly unit: 'people' | 'sar';
  readonly allowsDontKnow: boolean;
  readonly showIf?: ShowIf;
};

export type EligibilityQuestion = ChoiceQuestion | NumberQuestion;

/**
 * The questions, in order. Every question allows "I don't know": an honest "I don't know" gives a
 * "may be" result with a next step, which is better than a guess that gives a wrong band.
 */
export const eligibilityQuestions: readonly EligibilityQuestion[] = [
  { id: 'nationality', kind: 'choice', options: nationalityOptions, allowsDontKnow: true },
  {
    id: 'nationalityException',
    kind: 'choice',
    options: nationalityExceptionOptions,
    allowsDontKnow: true,
    showIf: { questionId: 'nationality', isOneOf: ['non-saudi'] },
  },
  { id: 'residence', kind: 'choice', options: residenceOptions, allowsDontKnow: true },
  { id: 'applyingAs', kind: 'choice', options: applyingAsOptions, allowsDontKnow: true },
  {
    id: 'householdSize',
    kind: 'number',
    min: 1,
    max: 20,
    unit: 'people',
    allowsDontKnow: true,
    // Asked when unsure too: a family-sized threshold is the better estimate in that case.
    showIf: { questionId: 'applyingAs', isOneOf: ['family', dontKnow] },
  },
  {
    id: 'monthlyIncome',
    kind: 'number',
    min: 0,
    max: 999_999,
    unit: 'sar',
    allowsDontKnow: true,
  },
];

/** Whether a question is shown, given the answers so far. */
export function isQuestionShown(
  question: EligibilityQuestion,
  answers: EligibilityAnswers,
): boolean {
  if (!question.showIf) return true;
  const earlier = answers[question.showIf.questionId];
  return earlier !== undefined && question.showIf.isOneOf.includes(String(earlier));
}

/** The questions to ask (and to list on the check-answers page), given the answers so far. */
export function visibleQuestions(answers: EligibilityAnswers): readonly EligibilityQuestion[] {
  return eligibilityQuestions.filter((question) => isQuestionShown(question, answers));
}

/** Whether a value is an acceptable answer: an option, a whole number in range or "I don't know". */
export function isValidAnswer(question: EligibilityQuestion, value: unknown): boolean {
  if (value === dontKnow) return question.allowsDontKnow;
  if (question.kind === 'choice')
    return typeof value === 'string' && question.options.includes(value);
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= question.min &&
    value <= question.max
  );
}

/**
 * Answers with those to hidden questions removed, e.g. an exception chosen before the citizen went
 * back and changed their nationality to Saudi. The evaluator and the check-answers page use this.
 */
export function relevantAnswers(answers: EligibilityAnswers): EligibilityAnswers {
  const kept: Record<string, unknown> = {};
  for (const question of visibleQuestions(answers)) {
    const value = answers[question.id];
    if (value !== undefined) kept[question.id] = value;
  }
  return kept as EligibilityAnswers;
}

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

/** The three informal outcomes. None of them is a decision. */
export const eligibilityBands = [
  'likely-eligible',
  'may-be-eligible',
  'likely-not-eligible',
] as const;
export type EligibilityBand = (typeof eligibilityBands)[number];

/** Why the result came out as it did; the UI shows each with its text from `texts.ts`. */
export const reasonCodes = [
  /** Said they are Saudi: the nationality condition is met. */
  'saudi-citizen',
  /** Not Saudi but in an exception case. The exception must be requested, so at best "may be". */
  'nationality-exception-may-apply',
  /** Not Saudi and in none of the exception cases. */
  'non-saudi-no-exception',
  /** Not Saudi and unsure whether an exception case fits. */
  'nationality-exception-unknown',
  /** Unsure about the nationality question. */
  'nationality-unknown',
  /** At most `maxMonthsAbroad` months outside the Kingdom in the last year. */
  'lives-in-kingdom',
  /** More than `maxMonthsAbroad` months outside the Kingdom in the last year. */
  'abroad-too-long',
  /** Unsure how long they were outside the Kingdom. */
  'residence-unknown',
  /** Applying alone, so the threshold is for one person. */
  'applying-as-independent',
  /** Applying as a family, so the threshold grows with the household. */
  'applying-as-family',
  /** Unsure whether to apply alone or as a family. */
  'applying-as-unknown',
  /** Household size not known, so no threshold could be estimated. */
  'household-size-unknown',
  /** Income below the estimated threshold by more than the margin. */
  'income-well-below-threshold',
  /** Income within the margin of the estimated threshold, on either side. */
  'income-near-threshold',
  /** Income above the estimated threshold by more than the margin. */
  'income-above-threshold',
  /** Income not known. */
  'income-unknown',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/** What to do next; the UI shows each as a line or a button, with its text from `texts.ts`. */
export const nextStepCodes = [
  /** Register on the Social Support and Protection Platform, where the result appears. */
  'register-on-platform',
  /** Open this kiosk's step-by-step registration guide. */
  'follow-registration-guide',
  /** Print (or photograph) the checklist of what to bring. */
  'print-checklist',
  /** Ask the nearest office or the call centres for the nationality exception. */
  'request-nationality-exception',
  /** Check with the office whether any exception case fits. */
  'ask-office-about-exceptions',
  /** Find out the answers not known (income, months abroad, household) and check again. */
  'find-missing-answers',
  /** Check again once back in the Kingdom long enough; the rule looks at the last 12 months. */
  'check-again-after-return',
  /** Check again if income or the household changes. */
  'check-again-if-things-change',
  /** Empowerment: help with a job, training or a small project. */
  'explore-empowerment',
  /** Productive families: certificate, Social Development Bank financing, market stalls. */
  'explore-productive-families',
  /** Ask a staff member at this corner. */
  'ask-staff',
] as const;
export type NextStepCode = (typeof nextStepCodes)[number];

/** The outcome of the informal check. */
export type EligibilityResult = {
  readonly band: EligibilityBand;
  /** Why, in question order. Never empty. */
  readonly reasons: readonly ReasonCode[];
  /** What to do, most specific first. Never empty. */
  readonly nextSteps: readonly NextStepCode[];
  /** The household's estimated monthly threshold in SAR, when the household size is known. */
  readonly estimatedThreshold?: number;
  /** True when the estimate used a figure no official source confirms (dependent amount, cap). */
  readonly usesUnconfirmedFigures: boolean;
  /** `EligibilityRules.version` used, for the eligibility-result event. */
};

/** A household's estimated threshold and how it was reached. */
export type HouseholdThreshold = {
  /** Monthly threshold in SAR. */
  readonly value: number;
  /** True when the household cap lowered the sum. */
  readonly isCapped: boolean;
  /** True when the value depends on an unconfirmed figure. */
  readonly usesUnconfirmedFigures: boolean;
};

/**
 * Threshold for a household: the head's amount plus the dependent amount for each other member,
 * capped by the household cap. `householdSize` counts the applicant; it must be a whole number ≥ 1.
 */
export function householdThreshold(
  householdSize: number,
  rules: EligibilityRules,
): HouseholdThreshold {
  if (!Number.isInteger(householdSize) || householdSize < 1) {
    throw new RangeError(`householdSize must be a whole number ≥ 1, got ${householdSize}`);
  }
  const dependents = householdSize - 1;
  const sum = rules.baseAmountHead.value + rules.dependentAmount.value * dependents;
  const isCapped = sum > rules.householdCap.value;
  const used = [rules.baseAmountHead];
  if (dependents > 0) used.push(rules.dependentAmount);
  if (isCapped) used.push(rules.householdCap);
  return {
    value: isCapped ? rules.householdCap.value : sum,
    isCapped,
    usesUnconfirmedFigures: used.some((figure) => figure.status === 'unconfirmed'),
  };
}

/** Lowest and highest incomes that count as "near" a threshold (both inclusive). */
export function nearThresholdBand(
  threshold: number,
  rules: EligibilityRules,
): { readonly lower: number; readonly upper: number } {
  const percent = rules.nearThresholdMarginPercent;
  return {
    lower: (threshold * (100 - percent)) / 100,
    upper: (threshold * (100 + percent)) / 100,
  };
}

type IncomeComparison = 'well-below' | 'near' | 'above';

function compareIncome(
  income: number,
  threshold: number,
  rules: EligibilityRules,
): IncomeComparison {
  const { lower, upper } = nearThresholdBand(threshold, rules);
  if (income < lower) return 'well-below';
  if (income > upper) return 'above';
  return 'near';
}

function knownNumber(question: QuestionId, value: unknown): number | undefined {
  const definition = eligibilityQuestions.find((candidate) => candidate.id === question);
  if (definition && value !== dontKnow && isValidAnswer(definition, value)) return value as number;
  // Out-of-range or malformed numbers are treated as not known rather than guessed at.
  return undefined;
}

const exceptionCases: readonly NationalityException[] = nationalityExceptionOptions.filter(
  (option) => option !== 'none',
);

/**
 * Sorts answers into a band, with reasons and next steps. Pure and total: any answers, complete or
 * not, give a result. Precedence: a known disqualifier (no nationality exception, too long abroad,
 * income clearly above) gives "likely not", because an unknown answer elsewhere cannot undo it;
 * otherwise any unknown answer, a nationality exception or an income near the threshold gives
 * "may be"; only a fully known case with income well below the threshold gives "likely".
 */
export function evaluateEligibility(
  answers: EligibilityAnswers,
  rules: EligibilityRules,
): EligibilityResult {
  const given = relevantAnswers(answers);
  const reasons: ReasonCode[] = [];
  const specificSteps: NextStepCode[] = [];
  let isDisqualified = false;
  let hasUnknown = false;
  let needsException = false;

  switch (given.nationality) {
    case 'saudi':
      reasons.push('saudi-citizen');
      break;
    case 'non-saudi': {
      const exception = given.nationalityException;
      if (exception === 'none') {
        reasons.push('non-saudi-no-exception');
        specificSteps.push('ask-office-about-exceptions');
        isDisqualified = true;
      } else if (
        exception !== undefined &&
        exceptionCases.includes(exception as NationalityException)
      ) {
        reasons.push('nationality-exception-may-apply');
        specificSteps.push('request-nationality-exception');
        needsException = true;
      } else {
        reasons.push('nationality-exception-unknown');
        specificSteps.push('ask-office-about-exceptions');
        hasUnknown = true;
      }
      break;
    }
    default:
      reasons.push('nationality-unknown');
      specificSteps.push('ask-staff');
      hasUnknown = true;
  }

  let usesUnconfirmedFigures = false;
  switch (given.residence) {
    case 'up-to-limit':
      reasons.push('lives-in-kingdom');
      usesUnconfirmedFigures ||= rules.maxMonthsAbroad.status === 'unconfirmed';
      break;
    case 'over-limit':
      reasons.push('abroad-too-long');
      specificSteps.push('check-again-after-return');
      usesUnconfirmedFigures ||= rules.maxMonthsAbroad.status === 'unconfirmed';
      isDisqualified = true;
      break;
    default:
      reasons.push('residence-unknown');
      specificSteps.push('find-missing-answers');
      hasUnknown = true;
  }

  let householdSize: number | undefined;
  switch (given.applyingAs) {
    case 'independent':
      reasons.push('applying-as-independent');
      householdSize = 1;
      break;
    case 'family':
      reasons.push('applying-as-family');
      householdSize = knownNumber('householdSize', given.householdSize);
      break;
    default:
      reasons.push('applying-as-unknown');
      specificSteps.push('ask-staff');
      householdSize = knownNumber('householdSize', given.householdSize);
      hasUnknown = true;
  }
  if (householdSize === undefined && given.applyingAs !== 'independent') {
    reasons.push('household-size-unknown');
    specificSteps.push('find-missing-answers');
    hasUnknown = true;
  }

  const threshold =
    householdSize === undefined ? undefined : householdThreshold(householdSize, rules);
  // The estimate is returned (and shown) whenever it exists, so its figures count even without an
  // income to compare.
  usesUnconfirmedFigures ||= threshold?.usesUnconfirmedFigures ?? false;
  const income = knownNumber('monthlyIncome', given.monthlyIncome);
  let comparison: IncomeComparison | undefined;
  if (income === undefined) {
    reasons.push('income-unknown');
    specificSteps.push('find-missing-answers');
    hasUnknown = true;
  } else if (threshold !== undefined) {
    comparison = compareIncome(income, threshold.value, rules);
    reasons.push(
      comparison === 'well-below'
        ? 'income-well-below-threshold'
        : comparison === 'near'
          ? 'income-near-threshold'
          : 'income-above-threshold',
    );
  }
  if (comparison === 'above') specificSteps.push('check-again-if-things-change');

  let band: EligibilityBand;
  let generalSteps: readonly NextStepCode[];
  if (isDisqualified || comparison === 'above') {
    band = 'likely-not-eligible';
    generalSteps = ['explore-empowerment', 'explore-productive-families', 'ask-staff'];
  } else if (hasUnknown || needsException || comparison !== 'well-below') {
    band = 'may-be-eligible';
    // Registering is how to find out: the platform sees what the kiosk cannot.
    generalSteps = ['register-on-platform', 'follow-registration-guide', 'ask-staff'];
  } else {
    band = 'likely-eligible';
    generalSteps = ['register-on-platform', 'follow-registration-guide', 'print-checklist'];
  }

  return {
    band,
    reasons,
    nextSteps: [...new Set([...specificSteps, ...generalSteps])],
    ...(threshold === undefined ? {} : { estimatedThreshold: threshold.value }),
    usesUnconfirmedFigures,
  };
}

// ---------------------------------------------------------------------------------------------
// Loading a table published by the office
// ---------------------------------------------------------------------------------------------

function checkFigure(check: Check, value: unknown, where: string, min: number): void {
  checkRecord(
    check,
    value,
    where,
    (own, figure) => {
      if (
        typeof figure.value !== 'number' ||
        !Number.isFinite(figure.value) ||
        figure.value < min
      ) {
        own.problems.push(`${where}.value: expected a number ≥ ${min}`);
      }
      if (!isOneOf(figure.status, figureStatuses)) {
        own.problems.push(`${where}.status: expected confirmed or unconfirmed`);
      }
      checkSources(own, figure.sources, `${where}.sources`);
      if (figure.note !== undefined && typeof figure.note !== 'string') {
        own.problems.push(`${where}.note: expected text`);
      }
    },
    'expected { value, status, sources }',
  );
}

/**
 * Checks the table of figures of a content bundle, adding every problem found, so a bad table is
 * never used and the bundle in force stays in force.
 */
export function checkEligibilityRules(check: Check, data: unknown, where: string): void {
  checkRecord(check, data, where, (own, table) => {
    checkWhenWellFormed(
      own,
      () => {
        checkDate(own, table.reviewedAt, `${where}.reviewedAt`);
        checkFigure(own, table.baseAmountHead, `${where}.baseAmountHead`, 1);
        checkFigure(own, table.dependentAmount, `${where}.dependentAmount`, 0);
        checkFigure(own, table.householdCap, `${where}.householdCap`, 1);
        checkFigure(own, table.maxMonthsAbroad, `${where}.maxMonthsAbroad`, 0);
        const margin = table.nearThresholdMarginPercent;
        if (typeof margin !== 'number' || !Number.isInteger(margin) || margin < 0 || margin > 50) {
          own.problems.push(
            `${where}.nearThresholdMarginPercent: expected a whole number from 0 to 50`,
          );
        }
      },
      () => {
        const rules = table as unknown as EligibilityRules;
        // A cap below the head's amount would make every household's threshold the cap: a typo.
        if (rules.householdCap.value < rules.baseAmountHead.value) {
          own.problems.push(`${where}.householdCap: must not be below baseAmountHead`);
        }
      },
    );
  });
}
