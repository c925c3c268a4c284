/**
 * Where an answer comes from, as a citizen should meet it: one plain line (an official site, or
 * "not yet confirmed officially, based on news reports of <month year>"), and the full list of
 * sources with sites and dates folded away under "Where this comes from" for whoever wants it
 * (office staff review the content from it).
 */
import { useTranslation } from 'react-i18next';
import { citedSources, summarizeSources } from '../../../core/content/sources';
import { useKiosk } from '../../visit/context';
import { formatSourceDate } from '../../i18n/dates';
import { Icon } from '../../ui/Icon';

export type AnswerSourcesProps = { readonly sourceKeys: readonly string[] };

export function AnswerSources({ sourceKeys }: AnswerSourcesProps) {
  const { t } = useTranslation();
  const { content, lang } = useKiosk();
  const summary = summarizeSources(sourceKeys, content.sources);
  const cited = citedSources(sourceKeys, content.sources);
  return (
    <div className="answer__sources">
      {summary.kind === 'official' ? (
        <p className="answer__source-line">
          <Icon name="landmark" />
          <span>{t('faq.sourceOfficial', { site: '\u2068' + summary.site + '\u2069' })}</span>
        </p>
      ) : (
        <p className="answer__source-line answer__source-line--news">
          <Icon name="info" />
          <span>{t('faq.sourceNews', { date: formatSourceDate(summary.latestDate, lang) })}</span>
        </p>
      )}
      <details className="answer__sources-details">
        <summary>{t('faq.sourcesDetails')}</summary>
        <ul>
          {cited.map(({ key, info }) => (
            <li key={key}>
              <bdi>{info.site}</bdi>
              {` · ${
                info.isDateSeen === true
                  ? t('faq.sourceSeen', { date: formatSourceDate(info.date, lang) })
                  : formatSourceDate(info.date, lang)
              } · `}
              {info.isOfficial ? t('faq.sourceKindOfficial') : t('faq.sourceKindNews')}
              <span className="answer__source-key">
                {' '}
                (<bdi>{key}</bdi>)
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
