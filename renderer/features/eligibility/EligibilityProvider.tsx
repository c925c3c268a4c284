/**
 * The eligibility check's answers for one visit.
 *
 * Policy: answers live only here, in React state, for the visit. They are never stored and never
 * put in an event (only the result band is recorded). The provider sits inside the visit's keyed
 * subtree, so start over and inactivity drop them with everything else.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { EligibilityAnswers, QuestionId } from '../../../core/eligibility/rules';

export type EligibilityState = {
  readonly answers: EligibilityAnswers;
  /** Sets one answer; the value must already be valid for the question. */
  readonly setAnswer: (id: QuestionId, value: EligibilityAnswers[QuestionId]) => void;
  /** Forgets every answer: starting the check afresh from Home begins with a blank page. */
  readonly reset: () => void;
};

const EligibilityContext = createContext<EligibilityState | null>(null);

export function EligibilityProvider({ children }: { readonly children: ReactNode }) {
  const [answers, setAnswers] = useState<EligibilityAnswers>({});
  const setAnswer = useCallback((id: QuestionId, value: EligibilityAnswers[QuestionId]) => {
    setAnswers((current) => ({ ...current, [id]: value }));
  }, []);
  const reset = useCallback(() => setAnswers({}), []);
  const value = useMemo(() => ({ answers, setAnswer, reset }), [answers, setAnswer, reset]);
  return <EligibilityContext.Provider value={value}>{children}</EligibilityContext.Provider>;
}

export function useEligibility(): EligibilityState {
  const value = useContext(EligibilityContext);
  if (value === null) throw new Error('useEligibility outside EligibilityProvider');
  return value;
}
