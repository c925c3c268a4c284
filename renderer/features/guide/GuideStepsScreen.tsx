/**
 * The registration steps, numbered, each opening in place. Opening a step records it (once per
 * visit) in the visit's guide progress. Above the steps, the hand-off (QR code, printed
 * checklist), once; below them "What do I have?" and how to reach the office.
 *
 * Leaving for a linked question remembers the place: Back finds the same steps open (the visit's
 * guide state), scrolled as they were, with the step's button focused.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../../visit/routes';
import { ScreenLayout } from '../../app/ScreenLayout';
import { useKiosk } from '../../visit/context';
import { useScreenView } from '../../visit/useScreenView';
import { ChoiceButton } from '../../ui/ChoiceButton';
import { HandoffPanel } from '../handoff';
import { AskStaffButton } from '../help';
import { useGuide } from './guideContent';
import { GuideStepItem } from './GuideStepItem';
import { stepToggleId } from './GuideStepItem';
import { useGuideVisit } from './GuideVisitProvider';
import { OfficeContacts } from './OfficeContacts';
import './guide.css';

export function GuideStepsScreen() {
  const { t } = useTranslation();
  const { navigate } = useKiosk();
  useScreenView('guide-steps');
  const guide = useGuide();
  const { openStepIds, toggleStep, stepsPlace, rememberStepsPlace } = useGuideVisit();

  // Runs after the screen's own arrival scroll to the top (children's effects run first), once the
  // open steps are laid out. The place is forgotten just after, so arriving later by "Start" begins
  // at the top; the timeout lets React's development double run restore it too.
  useEffect(() => {
    const place = stepsPlace();
    if (place === undefined) return;
    window.scrollTo({ top: place.scrollY, behavior: 'instant' });
    if (place.stepId !== undefined) {
      document.getElementById(stepToggleId(place.stepId))?.focus({ preventScroll: true });
    }
    const forget = window.setTimeout(() => rememberStepsPlace(undefined), 0);
    return () => window.clearTimeout(forget);
  }, [rememberStepsPlace, stepsPlace]);

  const leaveTo = (route: Route, stepId?: string) => {
    rememberStepsPlace({ scrollY: window.scrollY, ...(stepId === undefined ? {} : { stepId }) });
    navigate(route);
  };

  return (
    <ScreenLayout
      title={t('guide.steps.title')}
      intro={t('guide.steps.intro', { count: guide.steps.length })}
    >
      <HandoffPanel context="guide" placement="top" />
      <ol className="guide-steps">
        {guide.steps.map((step) => (
          <GuideStepItem
            key={step.id}
            step={step}
            isOpen={openStepIds.has(step.id)}
            onToggle={() => toggleStep(step.id)}
            onLeave={(route) => leaveTo(route, step.id)}
          />
        ))}
      </ol>
      <ChoiceButton
        icon="checklist"
        title={t('guide.checklist.title')}
        description={t('guide.checklist.choiceBody')}
        onSelect={() => leaveTo({ name: 'guide-checklist' })}
      />
      <OfficeContacts />
      <AskStaffButton from="guide" />
    </ScreenLayout>
  );
}
