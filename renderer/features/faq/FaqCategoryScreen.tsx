/** The questions of one topic, as big rows a finger cannot miss. */
import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../app/ScreenLayout';
import { useKiosk } from '../../visit/context';
import { useScreenView } from '../../visit/useScreenView';
import { Icon } from '../../ui/Icon';

export type FaqCategoryScreenProps = { readonly categoryId: string };

export function FaqCategoryScreen({ categoryId }: FaqCategoryScreenProps) {
  const { t } = useTranslation();
  const { content, lang, navigate } = useKiosk();
  useScreenView('faq-category', { ref: categoryId });
  const category = content.categories.find((candidate) => candidate.id === categoryId);
  if (!category) throw new Error(`unknown category ${categoryId}`);
  const entries = content.faq.filter((entry) => entry.category === categoryId);
  return (
    <ScreenLayout title={category.title[lang]} intro={t('faq.listIntro')}>
      <ul className="question-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="question-list__item"
              onClick={() => navigate({ name: 'faq-answer', entryId: entry.id })}
            >
              <span>{entry.question[lang]}</span>
              <Icon name="forward" isDirectional />
            </button>
          </li>
        ))}
      </ul>
    </ScreenLayout>
  );
}
