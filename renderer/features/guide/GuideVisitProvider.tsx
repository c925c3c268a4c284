/**
 * What the registration guide remembers during one visit: which steps are open and where the steps
 * page was scrolled (so Back from a linked question finds the same step open, at the same place),
 * which steps were already recorded, the "What do I have?" ticks (for the printed checklist), and
 * when this visit printed (printing is limited per visit).
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
import { useKiosk } from '../../visit/context';
import { settingDefaults } from '../../db/settingsRepository';
import type { PrintLimits } from '../handoff';

export type ChecklistState = {
  /** Ids of the checklist items the citizen ticked as already had. */
  readonly haveIds: readonly string[];
  /** True once "Show what I still need" was pressed; the printout then lists only what is missing. */
  readonly isCompleted: boolean;
};

/** Where the visitor was on the steps page when they left it. */
export type StepsPlace = {
  /** The window's vertical scroll offset, in CSS px. */
  readonly scrollY: number;
  /** The step whose linked question was followed, if one was. */
  readonly stepId?: string;
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
  /** The place on the steps page to return to (a ref's content: reading it never re-renders). */
  readonly stepsPlace: () => StepsPlace | undefined;
  /** Remembers where the visitor left the steps page; undefined forgets it. */
  readonly rememberStepsPlace: (place: StepsPlace | undefined) => void;
  /** The kiosk's print settings. */
  readonly printLimits: PrintLimits;
  /** When this visit's prints started (ms since the epoch). */
  readonly printedAt: readonly number[];
  readonly recordPrint: (at: number) => void;
};

export type GuideVisitProviderProps = {
  readonly children: ReactNode;
  /** From the kiosk's settings; the defaults (2 per visit, 10 s apart) when not given. */
  readonly printLimits?: PrintLimits;
};

const GuideVisitContext = createContext<GuideVisit | null>(null);

const defaultPrintLimits: PrintLimits = {
  maxPrintsPerVisit: settingDefaults.maxPrintsPerVisit,
  printIntervalSeconds: settingDefaults.printIntervalSeconds,
};

export function GuideVisitProvider({
  children,
  printLimits = defaultPrintLimits,
}: GuideVisitProviderProps) {
  const { recorder } = useKiosk();
  const [openStepIds, setOpenStepIds] = useState<ReadonlySet<string>>(new Set());
  const [checklist, setChecklist] = useState<ChecklistState>({ haveIds: [], isCompleted: false });
  const recordedStepIds = useRef(new Set<string>());
  const place = useRef<StepsPlace | undefined>(undefined);
  const [printedAt, setPrintedAt] = useState<readonly number[]>([]);

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

  const stepsPlace = useCallback(() => place.current, []);
  const rememberStepsPlace = useCallback((next: StepsPlace | undefined) => {
    place.current = next;
  }, []);
  const recordPrint = useCallback((at: number) => {
    setPrintedAt((current) => [...current, at]);
  }, []);

  const value = useMemo<GuideVisit>(
    () => ({
      openStepIds,
      toggleStep,
      checklist,
      setHave,
      completeChecklist,
      reopenChecklist,
      stepsPlace,
      rememberStepsPlace,
      printLimits,
      printedAt,
      recordPrint,
    }),
    [
      checklist,
      completeChecklist,
      openStepIds,
      printLimits,
      printedAt,
      recordPrint,
      rememberStepsPlace,
      reopenChecklist,
      setHave,
      stepsPlace,
      toggleStep,
    ],
  );
  return <GuideVisitContext.Provider value={value}>{children}</GuideVisitContext.Provider>;
}

export function useGuideVisit(): GuideVisit {
  const value = useContext(GuideVisitContext);
  if (value === null) throw new Error('useGuideVisit outside GuideVisitProvider');
  return value;
}
