import { describe, expect, it } from 'vitest';
import { dontKnow } from '../../../core/eligibility/rules';
import { hasOnlyDontKnow } from '../../../renderer/features/eligibility/answerText';

describe('a check answered only with "I don\'t know"', () => {
  it('is recognised when every question asked was answered "I don\'t know"', () => {
    expect(
      hasOnlyDontKnow({
        nationality: dontKnow,
        residence: dontKnow,
        applyingAs: dontKnow,
        householdSize: dontKnow,
        monthlyIncome: dontKnow,
      }),
    ).toBe(true);
  });

  it('is not when one answer is known', () => {
    expect(
      hasOnlyDontKnow({
        nationality: 'saudi',
        residence: dontKnow,
        applyingAs: dontKnow,
        householdSize: dontKnow,
        monthlyIncome: dontKnow,
      }),
    ).toBe(false);
    expect(hasOnlyDontKnow({ nationality: dontKnow, monthlyIncome: 0 })).toBe(false);
  });

  it('ignores an answer to a question no longer asked, and needs at least one answer', () => {
    // An exception chosen before the nationality became "I don't know" no longer counts.
    expect(hasOnlyDontKnow({ nationality: dontKnow, nationalityException: 'wife-of-saudi' })).toBe(
      true,
    );
    expect(hasOnlyDontKnow({})).toBe(false);
  });
});
