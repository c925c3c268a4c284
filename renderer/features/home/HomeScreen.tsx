/** Home: a few huge choices, one per thing a citizen comes to the corner for. */
import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../app/ScreenLayout';
import { useKiosk } from '../../visit/context';
import { useScreenView } from '../../visit/useScreenView';
import { ChoiceButton } from '../../ui/ChoiceButton';
import { useEligibility } from '../eligibility';
import { CategoryChoices } from '../faq';
import { ListenButton } from '../listen';
import { AskStaffButton } from '../help';

export function HomeScreen() {
  const { t } = useTranslation();
  const { navigate } = useKiosk();
  useScreenView('home');
  const eligibility = useEligibility();
  return (
    <ScreenLayout title={t('home.title')} intro={t('home.intro')}>
      <ListenButton />
      <div className="choices">
        <ChoiceButton
          icon="question"
          variant="primary"
          title={t('home.faqTitle')}
          description={t('home.faqBody')}
          onSelect={() => navigate({ name: 'faq-categories' })}
        />
        <ChoiceButton
          icon="user-plus"
          title={t('guide.home.title')}
          description={t('guide.home.body')}
          onSelect={() => navigate({ name: 'guide-start' })}
        />
        <ChoiceButton
          icon="clipboardCheck"
          title={t('eligibility.home.title')}
          description={t('eligibility.home.body')}
          onSelect={() => {
            eligibility.reset();
            navigate({ name: 'eligibility-question', questionId: 'nationality' });
          }}
        />
        <AskStaffButton from="home" variant="choice" />
      </div>
      <section className="home__topics" aria-labelledby="home-topics-title">
        <h2 id="home-topics-title" className="section-title">
          {t('home.topicsTitle')}
        </h2>
        <CategoryChoices />
      </section>
    </ScreenLayout>
  );
}
