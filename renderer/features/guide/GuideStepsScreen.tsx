/**
 * The registration steps, numbered, each opening in place. Opening a step records it (once per
 * visit) in the visit's guide progress. Below the steps: "What do I have?", how to reach the
 * office, and the hand-off (QR code, printed checklist).
 */
import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../app/ScreenLayout';
import { useKiosk } from '../../app/kioskContext';
import { useScreenView } from '../../visit/useScreenView';
import { ChoiceButton } from '../../ui/ChoiceButton';
import { HandoffPanel } from '../handoff/HandoffPanel';
import { useGuide } from './guideContent';
import { GuideStepItem } from './GuideStepItem';
import { useGuideVisit } from './GuideVisitProvider';
import { OfficeContacts } from './OfficeContacts';
import './guide.css';

export function GuideStepsScreen() {
  const { t } = useTranslation();
  const { navigate } = useKiosk();
  useScreenView('guide-steps');
  const guide = useGuide();
  const { openStepIds, toggleStep } = useGuideVisit();
  return (
    <ScreenLayout
      title={t('guide.steps.title')}
      intro={t('guide.steps.intro', { count: guide.steps.length })}
    >
      <ol className="guide-steps">
        {guide.steps.map((step) => (
          <GuideStepItem
            key={step.id}
            step={step}
            isOpen={openStepIds.has(step.id)}
            onToggle={() => toggleStep(step.id)}
          />
        ))}
      </ol>
      <ChoiceButton
        icon="checklist"
        title={t('guide.checklist.title')}
        description={t('guide.checklist.choiceBody')}
        onSelect={() => navigate({ name: 'guide-checklist' })}
      />
      <HandoffPanel context="guide" />
      <OfficeContacts />
    </ScreenLayout>
  );
}
