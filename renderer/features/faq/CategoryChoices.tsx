/** The FAQ's topics as large choices, each with how many questions it holds. */
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../visit/context';
import { ChoiceButton } from '../../ui/ChoiceButton';
import { isIconName } from '../../ui/Icon';

export function CategoryChoices() {
  const { t } = useTranslation();
  const { content, lang, navigate } = useKiosk();
  return (
    <div className="choices choices--grid">
      {content.categories.map((category) => {
        const count = content.faq.filter((entry) => entry.category === category.id).length;
        return (
          <ChoiceButton
            key={category.id}
            icon={isIconName(category.icon) ? category.icon : 'question'}
            title={category.title[lang]}
            description={
              <>
                {category.description[lang]}
                <span className="choice__count">{t('faq.questionCount', { count })}</span>
              </>
            }
            onSelect={() => navigate({ name: 'faq-category', categoryId: category.id })}
          />
        );
      })}
    </div>
  );
}
