/**
 * The informal eligibility check. Expected figures are written out by hand (not derived from the
 * rules table) so a wrong change to the table or the evaluator makes these tests fail.
 */
import { describe, expect, it } from 'vitest';
import {
  applyingAsOptions,
  dontKnow,
  eligibilityBands,
  eligibilityQuestions,
  checkEligibilityRules,
  evaluateEligibility,
  householdThreshold,
  isValidAnswer,
  nationalityExceptionOptions,
  nationalityOptions,
  nearThresholdBand,
  reasonCodes,
  relevantAnswers,
  residenceOptions,
  visibleQuestions,
  type EligibilityAnswers,
  type EligibilityBand,
  type EligibilityRules,
  type NationalityException,
  type NextStepCode,
  type QuestionId,
  type ReasonCode,
} from '../../../core/eligibility/rules';
import { checkEligibilityTexts, formatCount } from '../../../core/eligibility/texts';
import type { Check } from '../../../core/content/validation';
import { shippedContentBundle } from '../../../scripts/contentFiles';

const shipped = shippedContentBundle();
const eligibilityRules = shipped.eligibility.rules;
const { bands: bandTexts, counts: countTexts, reasons: reasonTexts } = shipped.eligibility.texts;
const sourceKeys = new Set(Object.keys(shipped.sources));

/** Problems the bundle validator finds in a table of figures. */
function rulesProblems(rules: unknown): string[] {
  const check: Check = { problems: [], sourceKeys };
  checkEligibilityRules(check, rules, 'rules');
  return check.problems;
}

/** A Saudi living in the Kingdom, with every answer known. */
function knownHousehold(size: number, monthlyIncome: number): EligibilityAnswers {
  return {
    nationality: 'saudi',
    residence: 'up-to-limit',
    applyingAs: size === 1 ? 'independent' : 'family',
    householdSize: size,
    monthlyIncome,
  };
}

/** Known family of four, income well below its 3,300 SAR threshold: "likely eligible". */
const likelyFamily: EligibilityAnswers = knownHousehold(4, 1000);

describe('householdThreshold', () => {
  it.each([
    { size: 1, value: 1320, isCapped: false, usesUnconfirmedFigures: false },
    { size: 2, value: 1980, isCapped: false, usesUnconfirmedFigures: true },
    { size: 3, value: 2640, isCapped: false, usesUnconfirmedFigures: true },
    { size: 4, value: 3300, isCapped: false, usesUnconfirmedFigures: true },
    { size: 6, value: 4620, isCapped: false, usesUnconfirmedFigures: true },
    // 1320 + 6 × 660 = 5280: the cap kicks in from seven people.
    { size: 7, value: 5000, isCapped: true, usesUnconfirmedFigures: true },
    { size: 8, value: 5000, isCapped: true, usesUnconfirmedFigures: true },
    { size: 20, value: 5000, isCapped: true, usesUnconfirmedFigures: true },
  ])('a household of $size has a threshold of $value SAR', (row) => {
    expect(householdThreshold(row.size, eligibilityRules)).toEqual({
      value: row.value,
      isCapped: row.isCapped,
      usesUnconfirmedFigures: row.usesUnconfirmedFigures,
    });
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses a household size of %s', (size) => {
    expect(() => householdThreshold(size, eligibilityRules)).toThrow(RangeError);
  });

  it('is not flagged unconfirmed when the office confirms the figures it uses', () => {
    const confirmed: EligibilityRules = {
      ...eligibilityRules,
      dependentAmount: { ...eligibilityRules.dependentAmount, status: 'confirmed' },
    };
    expect(householdThreshold(4, confirmed).usesUnconfirmedFigures).toBe(false);
    // The cap is still unconfirmed.
    expect(householdThreshold(8, confirmed).usesUnconfirmedFigures).toBe(true);
  });
});

describe('nearThresholdBand', () => {
  it.each([
    { threshold: 1320, lower: 1188, upper: 1452 },
    { threshold: 1980, lower: 1782, upper: 2178 },
    { threshold: 3300, lower: 2970, upper: 3630 },
    { threshold: 5000, lower: 4500, upper: 5500 },
  ])('is 10% either side of $threshold, exactly', ({ threshold, lower, upper }) => {
    expect(nearThresholdBand(threshold, eligibilityRules)).toEqual({ lower, upper });
  });
});

describe('income against the threshold (every answer known)', () => {
  const households = [
    { size: 1, threshold: 1320, lower: 1188, upper: 1452, usesUnconfirmedFigures: false },
    { size: 2, threshold: 1980, lower: 1782, upper: 2178, usesUnconfirmedFigures: true },
    { size: 4, threshold: 3300, lower: 2970, upper: 3630, usesUnconfirmedFigures: true },
    { size: 8, threshold: 5000, lower: 4500, upper: 5500, usesUnconfirmedFigures: true },
  ] as const;

  const rows = households.flatMap((household) =>
    (
      [
        ['no income', 0, 'likely-eligible', 'income-well-below-threshold'],
        [
          'just below the lower margin',
          household.lower - 1,
          'likely-eligible',
          'income-well-below-threshold',
        ],
        ['at the lower margin', household.lower, 'may-be-eligible', 'income-near-threshold'],
        [
          'just below the threshold',
          household.threshold - 1,
          'may-be-eligible',
          'income-near-threshold',
        ],
        ['at the threshold', household.threshold, 'may-be-eligible', 'income-near-threshold'],
        [
          'just above the threshold',
          household.threshold + 1,
          'may-be-eligible',
          'income-near-threshold',
        ],
        ['at the upper margin', household.upper, 'may-be-eligible', 'income-near-threshold'],
        [
          'just above the upper margin',
          household.upper + 1,
          'likely-not-eligible',
          'income-above-threshold',
        ],
      ] as const
    ).map(([label, income, band, reason]) => ({ ...household, label, income, band, reason })),
  );

  it.each(rows)(
    'household of $size, income $income ($label) → $band',
    ({ size, income, band, reason, threshold, usesUnconfirmedFigures }) => {
      const result = evaluateEligibility(knownHousehold(size, income), eligibilityRules);
      expect(result.band).toBe(band);
      expect(result.reasons).toContain(reason);
      expect(result.estimatedThreshold).toBe(threshold);
      expect(result.usesUnconfirmedFigures).toBe(usesUnconfirmedFigures);
    },
  );

  it('gives the full reasons and next steps for a likely-eligible family', () => {
    expect(evaluateEligibility(likelyFamily, eligibilityRules)).toEqual({
      band: 'likely-eligible',
      reasons: [
        'saudi-citizen',
        'lives-in-kingdom',
        'applying-as-family',
        'income-well-below-threshold',
      ],
      nextSteps: ['register-on-platform', 'follow-registration-guide', 'print-checklist'],
      estimatedThreshold: 3300,
      usesUnconfirmedFigures: true,
    });
  });

  it('suggests other help and a re-check when income is clearly above', () => {
    const result = evaluateEligibility(knownHousehold(4, 9000), eligibilityRules);
    expect(result.band).toBe('likely-not-eligible');
    expect(result.nextSteps).toEqual([
      'check-again-if-things-change',
      'explore-empowerment',
      'explore-productive-families',
      'ask-staff',
    ]);
  });
});

describe('"I don\'t know" and unanswered questions', () => {
  const cases: readonly {
    question: QuestionId;
    answers: EligibilityAnswers;
    reason: ReasonCode;
    nextStep: NextStepCode;
    estimatedThreshold: number | undefined;
  }[] = [
    {
      question: 'nationality',
      answers: { ...likelyFamily, nationality: dontKnow },
      reason: 'nationality-unknown',
      nextStep: 'ask-staff',
      estimatedThreshold: 3300,
    },
    {
      question: 'nationalityException',
      answers: { ...likelyFamily, nationality: 'non-saudi', nationalityException: dontKnow },
      reason: 'nationality-exception-unknown',
      nextStep: 'ask-office-about-exceptions',
      estimatedThreshold: 3300,
    },
    {
      question: 'residence',
      answers: { ...likelyFamily, residence: dontKnow },
      reason: 'residence-unknown',
      nextStep: 'find-missing-answers',
      estimatedThreshold: 3300,
    },
    {
      question: 'applyingAs',
      answers: { ...likelyFamily, applyingAs: dontKnow },
      reason: 'applying-as-unknown',
      nextStep: 'ask-staff',
      // The household size is still asked, so a family-sized estimate is still possible.
      estimatedThreshold: 3300,
    },
    {
      question: 'householdSize',
      answers: { ...likelyFamily, householdSize: dontKnow },
      reason: 'household-size-unknown',
      nextStep: 'find-missing-answers',
      estimatedThreshold: undefined,
    },
    {
      question: 'monthlyIncome',
      answers: { ...likelyFamily, monthlyIncome: dontKnow },
      reason: 'income-unknown',
      nextStep: 'find-missing-answers',
      estimatedThreshold: 3300,
    },
  ];

  it.each(cases)(
    '"I don\'t know" to $question → may be eligible ($reason)',
    ({ answers, reason, nextStep, estimatedThreshold }) => {
      const result = evaluateEligibility(answers, eligibilityRules);
      expect(result.band).toBe('may-be-eligible');
      expect(result.reasons).toContain(reason);
      expect(result.nextSteps).toContain(nextStep);
      // Registering is how an unsure citizen finds out.
      expect(result.nextSteps).toContain('register-on-platform');
      expect(result.estimatedThreshold).toBe(estimatedThreshold);
    },
  );

  it.each(cases)('leaving $question unanswered → may be eligible, never likely', (row) => {
    const answers: Record<string, unknown> = { ...row.answers };
    delete answers[row.question];
    const result = evaluateEligibility(answers as EligibilityAnswers, eligibilityRules);
    expect(result.band).toBe('may-be-eligible');
    expect(result.reasons).toContain(row.reason);
  });

  it('treats an out-of-range number as unknown rather than guessing', () => {
    const result = evaluateEligibility({ ...likelyFamily, householdSize: 25 }, eligibilityRules);
    expect(result.band).toBe('may-be-eligible');
    expect(result.reasons).toContain('household-size-unknown');
    expect(result.estimatedThreshold).toBeUndefined();
  });

  it('gives "may be" when nothing at all is known', () => {
    const result = evaluateEligibility({}, eligibilityRules);
    expect(result.band).toBe('may-be-eligible');
    expect(result.reasons).toEqual([
      'nationality-unknown',
      'residence-unknown',
      'applying-as-unknown',
      'household-size-unknown',
      'income-unknown',
    ]);
    expect(result.usesUnconfirmedFigures).toBe(false);
  });

  it('does not let an unknown answer soften a known disqualifier', () => {
    const result = evaluateEligibility(
      {
        ...likelyFamily,
        residence: 'over-limit',
        monthlyIncome: dontKnow,
      },
      eligibilityRules,
    );
    expect(result.band).toBe('likely-not-eligible');
    expect(result.reasons).toEqual(expect.arrayContaining(['abroad-too-long', 'income-unknown']));
  });
});

describe('nationality exceptions', () => {
  const exceptionCases = nationalityExceptionOptions.filter((option) => option !== 'none');

  it('covers the four exception cases in the domain facts', () => {
    expect(exceptionCases).toEqual([
      'wife-of-saudi',
      'divorcee-or-widow-of-saudi',
      'child-of-saudi-mother',
      'mobility-card-holder',
    ]);
  });

  it.each(exceptionCases)(
    'non-Saudi, %s, low income → may be eligible, request the exception',
    (exception: NationalityException) => {
      const result = evaluateEligibility(
        {
          ...likelyFamily,
          nationality: 'non-saudi',
          nationalityException: exception,
        },
        eligibilityRules,
      );
      // An exception must be requested and approved, so the kiosk never says "likely".
      expect(result.band).toBe('may-be-eligible');
      expect(result.reasons[0]).toBe('nationality-exception-may-apply');
      expect(result.nextSteps[0]).toBe('request-nationality-exception');
    },
  );

  it.each(exceptionCases)('non-Saudi, %s, income clearly above → likely not', (exception) => {
    const result = evaluateEligibility(
      {
        ...knownHousehold(4, 9000),
        nationality: 'non-saudi',
        nationalityException: exception,
      },
      eligibilityRules,
    );
    expect(result.band).toBe('likely-not-eligible');
  });

  it('non-Saudi with no exception → likely not, with what to do instead', () => {
    const result = evaluateEligibility(
      {
        ...likelyFamily,
        nationality: 'non-saudi',
        nationalityException: 'none',
      },
      eligibilityRules,
    );
    expect(result.band).toBe('likely-not-eligible');
    expect(result.reasons).toContain('non-saudi-no-exception');
    expect(result.nextSteps).toEqual([
      'ask-office-about-exceptions',
      'explore-empowerment',
      'explore-productive-families',
      'ask-staff',
    ]);
  });

  it('ignores an exception answer left over after changing to Saudi', () => {
    const result = evaluateEligibility(
      { ...likelyFamily, nationalityException: 'none' },
      eligibilityRules,
    );
    expect(result.band).toBe('likely-eligible');
    expect(result.reasons).not.toContain('non-saudi-no-exception');
  });
});

describe('time outside the Kingdom', () => {
  it.each([
    { residence: 'up-to-limit', band: 'likely-eligible', reason: 'lives-in-kingdom' },
    { residence: 'over-limit', band: 'likely-not-eligible', reason: 'abroad-too-long' },
    { residence: dontKnow, band: 'may-be-eligible', reason: 'residence-unknown' },
  ] as const)('$residence → $band', ({ residence, band, reason }) => {
    const result = evaluateEligibility({ ...likelyFamily, residence }, eligibilityRules);
    expect(result.band).toBe(band);
    expect(result.reasons).toContain(reason);
  });

  it('more than 3 months abroad says when to check again, and other help', () => {
    const result = evaluateEligibility(
      { ...likelyFamily, residence: 'over-limit' },
      eligibilityRules,
    );
    expect(result.nextSteps).toEqual([
      'check-again-after-return',
      'explore-empowerment',
      'explore-productive-families',
      'ask-staff',
    ]);
  });

  it('uses 3 months as the limit', () => {
    expect(eligibilityRules.maxMonthsAbroad.value).toBe(3);
  });
});

describe('independent person or family', () => {
  it.each([
    // An independent person is a household of one, whatever size was typed before.
    {
      label: 'independent, stale size 6',
      answers: { ...knownHousehold(6, 1400), applyingAs: 'independent' },
      band: 'may-be-eligible',
      threshold: 1320,
      reason: 'applying-as-independent',
    },
    {
      label: 'family of 6',
      answers: knownHousehold(6, 1400),
      band: 'likely-eligible',
      threshold: 4620,
      reason: 'applying-as-family',
    },
    {
      label: 'independent, income 2000',
      answers: knownHousehold(1, 2000),
      band: 'likely-not-eligible',
      threshold: 1320,
      reason: 'applying-as-independent',
    },
    {
      label: 'family of 2, income 2000',
      answers: knownHousehold(2, 2000),
      band: 'may-be-eligible',
      threshold: 1980,
      reason: 'applying-as-family',
    },
    {
      label: 'family of 1',
      answers: { ...knownHousehold(1, 1000), applyingAs: 'family' },
      band: 'likely-eligible',
      threshold: 1320,
      reason: 'applying-as-family',
    },
  ] as const)('$label → $band (threshold $threshold)', ({ answers, band, threshold, reason }) => {
    const result = evaluateEligibility(answers, eligibilityRules);
    expect(result.band).toBe(band);
    expect(result.estimatedThreshold).toBe(threshold);
    expect(result.reasons).toContain(reason);
  });

  it('an independent person is not asked the household size', () => {
    const ids = (answers: EligibilityAnswers) => visibleQuestions(answers).map((q) => q.id);
    expect(ids({ nationality: 'saudi', applyingAs: 'independent' })).toEqual([
      'nationality',
      'residence',
      'applyingAs',
      'monthlyIncome',
    ]);
    expect(ids({ nationality: 'saudi', applyingAs: 'family' })).toContain('householdSize');
    expect(ids({ nationality: 'saudi', applyingAs: dontKnow })).toContain('householdSize');
  });
});

describe('the questions as data', () => {
  it('asks the exception question only of non-Saudis', () => {
    const asked = (nationality: EligibilityAnswers['nationality']) =>
      visibleQuestions({ nationality }).some((q) => q.id === 'nationalityException');
    expect(asked('saudi')).toBe(false);
    expect(asked('non-saudi')).toBe(true);
    expect(asked(dontKnow)).toBe(false);
  });

  it('offers "I don\'t know" on every question', () => {
    expect(eligibilityQuestions.every((q) => q.allowsDontKnow)).toBe(true);
  });

  const question = (id: QuestionId) => {
    const found = eligibilityQuestions.find((q) => q.id === id);
    if (!found) throw new Error(`no question ${id}`);
    return found;
  };

  it.each([
    { id: 'householdSize', value: 1, isValid: true },
    { id: 'householdSize', value: 20, isValid: true },
    { id: 'householdSize', value: 0, isValid: false },
    { id: 'householdSize', value: 21, isValid: false },
    { id: 'householdSize', value: 2.5, isValid: false },
    { id: 'monthlyIncome', value: 0, isValid: true },
    { id: 'monthlyIncome', value: -1, isValid: false },
    { id: 'monthlyIncome', value: '1000', isValid: false },
    { id: 'monthlyIncome', value: dontKnow, isValid: true },
    { id: 'nationality', value: 'saudi', isValid: true },
    { id: 'nationality', value: 'gulf', isValid: false },
    { id: 'residence', value: 'over-limit', isValid: true },
  ] as const)('$id accepts $value: $isValid', ({ id, value, isValid }) => {
    expect(isValidAnswer(question(id), value)).toBe(isValid);
  });
});

describe('never a bare "no"', () => {
  // Every combination of answers, including unknown and missing ones.
  const grid: EligibilityAnswers[] = [];
  for (const nationality of [...nationalityOptions, dontKnow, undefined])
    for (const nationalityException of [...nationalityExceptionOptions, dontKnow])
      for (const residence of [...residenceOptions, dontKnow])
        for (const applyingAs of [...applyingAsOptions, dontKnow])
          for (const householdSize of [1, 4, 8, dontKnow])
            for (const monthlyIncome of [0, 2000, 9000, dontKnow])
              grid.push({
                nationality,
                nationalityException,
                residence,
                applyingAs,
                householdSize,
                monthlyIncome,
              });

  it('always gives reasons and next steps; "likely not" always offers other help', () => {
    const seen = new Set<EligibilityBand>();
    for (const answers of grid) {
      const result = evaluateEligibility(answers, eligibilityRules);
      seen.add(result.band);
      expect(result.reasons.length).toBeGreaterThan(0);
      expect(result.nextSteps.length).toBeGreaterThan(0);
      expect(new Set(result.nextSteps).size).toBe(result.nextSteps.length);
      if (result.band === 'likely-not-eligible') {
        expect(result.nextSteps).toEqual(
          expect.arrayContaining([
            'explore-empowerment',
            'explore-productive-families',
            'ask-staff',
          ]),
        );
      }
      if (result.band === 'likely-eligible') {
        expect(Object.values(relevantAnswers(answers))).not.toContain(dontKnow);
      }
    }
    expect([...seen].sort()).toEqual([...eligibilityBands].sort());
  });
});

describe('texts', () => {
  it('accepts the shipped texts: every question, option, band, reason and step in both languages', () => {
    const check: Check = { problems: [], sourceKeys };
    checkEligibilityTexts(check, shipped.eligibility.texts, 'texts');
    expect(check.problems).toEqual([]);
  });

  it('names every missing text, down to the option and plural form', () => {
    const check: Check = { problems: [], sourceKeys };
    const texts = structuredClone(shipped.eligibility.texts) as unknown as {
      questions: { nationality: { options: Record<string, unknown> } };
      counts: { people: { ar: Record<string, unknown> } };
      nextSteps: Record<string, unknown>;
    };
    delete texts.questions.nationality.options['non-saudi'];
    delete texts.counts.people.ar.many;
    texts.nextSteps['ask-staff'] = { ar: '', en: 'Ask' };
    checkEligibilityTexts(check, texts, 'texts');
    expect(check.problems).toEqual([
      'texts.questions.nationality.options.non-saudi: expected { ar, en }',
      'texts.nextSteps.ask-staff.ar: empty or missing',
      'texts.counts.people.ar.many: missing',
    ]);
  });

  it('says on every result that social security makes the final decision', () => {
    for (const band of eligibilityBands) {
      expect(bandTexts[band].body.en).toMatch(/final decision is made by social security/);
      expect(bandTexts[band].body.ar).toMatch(/القرار النهائي للضمان الاجتماعي/);
    }
  });

  it('uses {{threshold}} only in reasons given when a threshold exists', () => {
    const withThreshold = reasonCodes.filter((code) =>
      reasonTexts[code].en.includes('{{threshold}}'),
    );
    expect(withThreshold).toEqual([
      'income-well-below-threshold',
      'income-near-threshold',
      'income-above-threshold',
    ]);
    for (const code of withThreshold) expect(reasonTexts[code].ar).toContain('{{threshold}}');
  });

  it.each([
    { text: countTexts.people, lang: 'ar', count: 1, expected: 'شخص واحد' },
    { text: countTexts.people, lang: 'ar', count: 2, expected: 'شخصان' },
    { text: countTexts.people, lang: 'ar', count: 4, expected: '4 أشخاص' },
    { text: countTexts.people, lang: 'ar', count: 12, expected: '12 شخصًا' },
    { text: countTexts.people, lang: 'en', count: 1, expected: '1 person' },
    { text: countTexts.people, lang: 'en', count: 4, expected: '4 people' },
    { text: countTexts.sar, lang: 'ar', count: 1320, expected: '1320 ريالًا' },
    { text: countTexts.sar, lang: 'ar', count: 5000, expected: '5000 ريال' },
    { text: countTexts.months, lang: 'ar', count: 3, expected: '3 أشهر' },
    { text: countTexts.months, lang: 'en', count: 3, expected: '3 months' },
  ] as const)('formatCount($lang, $count) → $expected', ({ text, lang, count, expected }) => {
    expect(formatCount(text, lang, count)).toBe(expected);
  });

  it('lets the UI supply formatted digits', () => {
    expect(formatCount(countTexts.sar, 'en', 1320, '1,320')).toBe('1,320 SAR');
  });
});

describe('the rules table', () => {
  it('holds the figures from the domain facts, with their status', () => {
    expect(eligibilityRules.baseAmountHead).toMatchObject({ value: 1320, status: 'confirmed' });
    expect(eligibilityRules.dependentAmount).toMatchObject({ value: 660, status: 'unconfirmed' });
    expect(eligibilityRules.householdCap).toMatchObject({ value: 5000, status: 'unconfirmed' });
    expect(eligibilityRules.nearThresholdMarginPercent).toBe(10);
  });

  it('validates the shipped table', () => {
    expect(rulesProblems(eligibilityRules)).toEqual([]);
  });

  it('reports every problem in a bad table', () => {
    const problems = rulesProblems({
      ...eligibilityRules,
      reviewedAt: 'yesterday',
      dependentAmount: { value: -5, status: 'maybe', sources: ['S999'] },
      nearThresholdMarginPercent: 60,
    });
    expect(problems).toEqual([
      'rules.reviewedAt: expected YYYY-MM-DD',
      'rules.dependentAmount.value: expected a number ≥ 0',
      'rules.dependentAmount.status: expected confirmed or unconfirmed',
      'rules.dependentAmount.sources: S999 is not in the source list',
      'rules.nearThresholdMarginPercent: expected a whole number from 0 to 50',
    ]);
  });

  it('rejects a cap below the head amount', () => {
    expect(
      rulesProblems({
        ...eligibilityRules,
        householdCap: { ...eligibilityRules.householdCap, value: 1000 },
      }),
    ).toEqual(['rules.householdCap: must not be below baseAmountHead']);
  });

  it('evaluates with a table the office changed', () => {
    const changed: EligibilityRules = {
      ...eligibilityRules,
      dependentAmount: { value: 550, status: 'confirmed', sources: ['S4'] },
      nearThresholdMarginPercent: 0,
    };
    // 1320 + 3 × 550 = 2970; no margin, so 2969 is below and 2971 above.
    expect(evaluateEligibility(knownHousehold(4, 2969), changed)).toMatchObject({
      band: 'likely-eligible',
      estimatedThreshold: 2970,
      usesUnconfirmedFigures: false,
    });
    expect(evaluateEligibility(knownHousehold(4, 2970), changed).band).toBe('may-be-eligible');
    expect(evaluateEligibility(knownHousehold(4, 2971), changed).band).toBe('likely-not-eligible');
  });
});
