/**
 * What the registration guide remembers during one visit: which steps are open (so Back from a
 * "what goes wrong" answer finds the step still open), which steps were already recorded, and the
 * "What do I have?" ticks (for the printed checklist).
 *
 * Policy: React state only. The provider sits inside the visit's keyed subtree, so start over and
 * inactivity drop it with everything else; nothing here is ever written to the database except
 * through the visit recorder's events.
 */
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useKiosk } from '../../app/kioskContext';

export type ChecklistState = {
  /** Ids of the checklist items the citizen ticked as already had. */
  readonly haveIds: readonly string[];
  /** True once "Show what I still need" was pressed; the printout then lists only what is missing. */
  readonly isCompleted: boolean;
};

export type GuideVisit = {
  readonly openStepIds: ReadonlySet<string>;
  /** Opens or closes a step; opening records the step once per visit. */
  readonly toggleStep: (stepId: string) => void;
  readonly checklist: ChecklistState;
  readonly setHave: (itemId: string, has: boolean) => void;
  /** Marks the checklist as done and records which items are had and missing. */
  readonly completeChecklist: (allIds: readonly string[]) => void;
  /** Back to ticking, keeping the ticks. */
  readonly reopenChecklist: () => void;
};

const GuideVisitContext = createContext<GuideVisit | null>(null);

export function GuideVisitProvider({ children }: { readonly children: ReactNode }) {
  const { recorder } = useKiosk();
  const [openStepIds, setOpenStepIds] = useState<ReadonlySet<string>>(new Set());
  const [checklist, setChecklist] = useState<ChecklistState>({ haveIds: [], isCompleted: false });
  const recordedStepIds = useRef(new Set<string>());

  const toggleStep = useCallback(
    (stepId: string) => {
      const isOpening = !openStepIds.has(stepId);
      if (isOpening && !recordedStepIds.current.has(stepId)) {
        recordedStepIds.current.add(stepId);
        recorder.recordGuideStep(stepId);
      }
      const next = new Set(openStepIds);
      if (isOpening) next.add(stepId);
      else next.delete(stepId);
      setOpenStepIds(next);
    },
    [openStepIds, recorder],
  );

  const setHave = useCallback((itemId: string, has: boolean) => {
    setChecklist((current) => ({
      ...current,
      haveIds: has
        ? [...new Set([...current.haveIds, itemId])]
        : current.haveIds.filter((id) => id !== itemId),
    }));
  }, []);

  const completeChecklist = useCallback(
    (allIds: readonly string[]) => {
      const haveIds = allIds.filter((id) => checklist.haveIds.includes(id));
      recorder.record('checklist-completed', {});
      setChecklist({ haveIds, isCompleted: true });
    },
    [checklist.haveIds, recorder],
  );

  const reopenChecklist = useCallback(() => {
    setChecklist((current) => ({ ...current, isCompleted: false }));
  }, []);

  const value = useMemo<GuideVisit>(
    () => ({ openStepIds, toggleStep, checklist, setHave, completeChecklist, reopenChecklist }),
    [checklist, completeChecklist, openStepIds, reopenChecklist, setHave, toggleStep],
  );
  return <GuideVisitContext.Provider value={value}>{children}</GuideVisitContext.Provider>;
}

export function useGuideVisit(): GuideVisit {
  const value = useContext(GuideVisitContext);
  if (value === null) throw new Error('useGuideVisit outside GuideVisitProvider');
  return value;
}
