/**
 * The registration guide's first page, after GOV.UK's step-by-step start pages: "Take it with
 * you" first (a visitor who only wants the paper or the link finds it at once), then what this
 * is, how long it takes, what you will need, one big Start button, and other ways to get help.
 */
import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../app/ScreenLayout';
import { useKiosk } from '../../visit/context';
import { useScreenView } from '../../visit/useScreenView';
import { Icon } from '../../ui/Icon';
import { HandoffPanel } from '../handoff';
import { AskStaffButton } from '../help';
import { useGuide } from './guideContent';
import './guide.css';

export function GuideStartScreen() {
  const { t } = useTranslation();
  const { lang, navigate } = useKiosk();
  useScreenView('guide-start');
  const { start } = useGuide();
  return (
    <ScreenLayout title={start.title[lang]} intro={start.summary[lang]}>
      <HandoffPanel context="guide" placement="top" />
      <div className="guide-facts">
        <section className="guide-section" aria-labelledby="guide-duration">
          <h2 id="guide-duration" className="guide-section__title">
            <Icon name="clock" />
            {t('guide.start.howLong')}
          </h2>
          <p>{start.duration[lang]}</p>
        </section>
        <section className="guide-section" aria-labelledby="guide-need">
          <h2 id="guide-need" className="guide-section__title">
            <Icon name="checklist" />
            {t('guide.start.youWillNeed')}
          </h2>
          <ul className="guide-bullets">
            {start.youWillNeed[lang].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      </div>
      <div className="guide-actions">
        <button
          type="button"
          className="button button--primary button--huge"
          onClick={() => navigate({ name: 'guide-steps' })}
        >
          {t('guide.start.start')}
          <Icon name="forward" isDirectional />
        </button>
        <button
          type="button"
          className="button button--secondary guide-actions__secondary"
          onClick={() => navigate({ name: 'guide-checklist' })}
        >
          <Icon name="checklist" />
          {t('guide.start.checkWhatIHave')}
        </button>
      </div>
      <aside className="notice notice--info" aria-labelledby="guide-other-help">
        <Icon name="person" />
        <div>
          <h2 id="guide-other-help" className="notice__title">
            {t('guide.start.otherHelp')}
          </h2>
          <ul className="guide-bullets">
            {start.otherHelp[lang].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      </aside>
      <AskStaffButton from="guide" />
    </ScreenLayout>
  );
}
