/** The FAQ's front page: every topic. */
import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../app/ScreenLayout';
import { CategoryChoices } from './CategoryChoices';

export function FaqCategoriesScreen() {
  const { t } = useTranslation();
  return (
    <ScreenLayout title={t('faq.categoriesTitle')} intro={t('faq.categoriesIntro')}>
      <CategoryChoices />
    </ScreenLayout>
  );
}
