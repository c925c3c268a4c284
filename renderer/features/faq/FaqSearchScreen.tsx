/**
 * Search for a question by typing on the on-screen keyboard. Results update on every key and
 * show the matched words; nothing found leads to the topics and to a member of staff, never to
 * a dead end. The keyboard sits below the field and the first results, never over them. The
 * field holds at most 80 characters however the text arrives (typed, pasted or from the on-screen
 * keyboard), and so does the route that keeps the query for Back.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { capSearchField, searchFieldLimit } from '../../../core/privacy/searchText';
import { highlightMatches } from '../../../core/search';
import { ScreenLayout } from '../../app/ScreenLayout';
import { useKiosk } from '../../visit/context';
import { keyboardLabels } from '../../i18n/keyboardLabels';
import { useScreenView } from '../../visit/useScreenView';
import { Icon } from '../../ui/Icon';
import { isUsingKeys } from '../../ui/inputModality';
import { OnScreenKeyboard } from '../../ui/OnScreenKeyboard';
import { applyKey, type KeyboardLayoutId } from '../../ui/keyboardLayouts';
import { AskStaffButton } from '../help';
import { CategoryChoices } from './CategoryChoices';
import { useFaqSearch } from './useFaqSearch';
import './faq.css';

export type FaqSearchScreenProps = { readonly query: string };

export function FaqSearchScreen(props: FaqSearchScreenProps) {
  const query = capSearchField(props.query);
  const { t } = useTranslation();
  const { content, lang, recorder, navigate, updateRoute } = useKiosk();
  useScreenView('faq-search');
  const [layout, setLayout] = useState<KeyboardLayoutId>(lang);
  const field = useRef<HTMLInputElement>(null);
  const hits = useFaqSearch(content, query, recorder);
  const hasQuery = query.trim() !== '';

  // A touch user can type at once; a keypad user starts at the heading, as on every screen.
  useEffect(() => {
    if (!isUsingKeys()) field.current?.focus({ preventScroll: true });
  }, []);

  const setQuery = (next: string) =>
    updateRoute({ name: 'faq-search', query: capSearchField(next) });
  const open = (entryId: string) => navigate({ name: 'faq-answer', entryId });

  return (
    <ScreenLayout title={t('faq.searchTitle')} focusTitle={false}>
      <div className="search">
        <div className="search__main">
          <label className="search__label" htmlFor="faq-search-field">
            {t('faq.searchLabel')}
          </label>
          <p className="search__hint" id="faq-search-hint">
            {t('faq.searchHint')}
          </p>
          <div className="search__field-row">
            <Icon name="search" className="search__field-icon" />
            <input
              ref={field}
              id="faq-search-field"
              className="search__field"
              type="text"
              role="searchbox"
              inputMode="none"
              autoComplete="off"
              spellCheck={false}
              dir="auto"
              maxLength={searchFieldLimit}
              placeholder={t('faq.searchPlaceholder')}
              aria-describedby="faq-search-hint faq-search-count"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          <p id="faq-search-count" className="search__count" aria-live="polite">
            {hasQuery ? t('faq.resultsCount', { count: hits.length }) : ''}
          </p>

          {hasQuery && hits.length > 0 && (
            <ul className="question-list search__results">
              {hits.map((hit) => {
                const entry = content.faq.find((candidate) => candidate.id === hit.id);
                if (!entry) return null;
                return (
                  <li key={hit.id}>
                    <button
                      type="button"
                      className="question-list__item"
                      onClick={() => open(hit.id)}
                    >
                      <span>
                        {highlightMatches(entry.question[lang], hit.matchedTerms).map(
                          (segment, index) =>
                            segment.isMatch ? (
                              <mark key={index}>{segment.text}</mark>
                            ) : (
                              <span key={index}>{segment.text}</span>
                            ),
                        )}
                      </span>
                      <Icon name="forward" isDirectional />
                    </button>
                  </li>
                );
              })}
            </ul>
          )}

          {hasQuery && hits.length === 0 && (
            <section className="search__empty" aria-labelledby="search-empty-title">
              <div className="notice notice--info">
                <Icon name="info" />
                <div>
                  <h2 id="search-empty-title" className="notice__title">
                    {t('faq.noResultsTitle')}
                  </h2>
                  <p>{t('faq.noResultsBody')}</p>
                </div>
              </div>
              <AskStaffButton from="no-results" variant="button" />
              <h2 className="section-title">{t('faq.browseTopics')}</h2>
              <CategoryChoices />
            </section>
          )}
        </div>

        <div className="search__keyboard">
          <OnScreenKeyboard
            fieldId="faq-search-field"
            layout={layout}
            onLayoutChange={setLayout}
            onKey={(key) => setQuery(applyKey(query, key))}
            labels={keyboardLabels(t)}
          />
        </div>
      </div>
    </ScreenLayout>
  );
}
