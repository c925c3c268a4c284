/** The FAQ's front page: every topic. */
import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../app/ScreenLayout';
import { useKiosk } from '../../visit/context';
import { useScreenView } from '../../visit/useScreenView';
import { Icon } from '../../ui/Icon';
import { CategoryChoices } from './CategoryChoices';
import './faq.css';

export function FaqCategoriesScreen() {
  const { t } = useTranslation();
  const { navigate } = useKiosk();
  useScreenView('faq-categories');
  return (
    <ScreenLayout title={t('faq.categoriesTitle')} intro={t('faq.categoriesIntro')}>
      <button
        type="button"
        className="search-opener"
        onClick={() => navigate({ name: 'faq-search', query: '' })}
      >
        <Icon name="search" />
        <span className="search-opener__text">
          <span className="search-opener__title">{t('faq.searchOpen')}</span>
          <span className="search-opener__hint">{t('faq.searchHint')}</span>
        </span>
      </button>
      <CategoryChoices />
    </ScreenLayout>
  );
}
