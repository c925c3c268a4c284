/**
 * The content part of the health panel, live: the version in use and where it came from, the one
 * before it, a newer one waiting for the current visit to end, and the last update refused, why.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import type { ContentStatus } from '../../content/contentStore';
import { useContentStatus, type ContentStatusSource } from '../../content/useContent';
import { IsolatedNumbers } from '../../ui/IsolatedNumbers';
import { FactList } from './FactList';
import { formatKioskDateTime } from './adminAudit';

export type ContentHealthProps = {
  readonly source: ContentStatusSource;
};

type Translate = ReturnType<typeof useTranslation>['t'];

/** A version as one left-to-right unit (U+2066…U+2069), so «2026.12.02-1» never reads «1-2026.12.02». */
function isolated(version: string): string {
  return `\u2066${version}\u2069`;
}

function inUseText(t: Translate, status: ContentStatus, lang: Language): string {
  return status.source === 'hub' && status.installedAt !== undefined
    ? t('staff.health.contentFromHub', {
        version: isolated(status.version),
        at: formatKioskDateTime(status.installedAt, lang),
      })
    : t('staff.health.contentShipped', { version: isolated(status.version) });
}

function refusalText(t: Translate, status: ContentStatus, lang: Language): string | undefined {
  const refusal = status.lastRefusal;
  if (!refusal) return undefined;
  const reason = t(`staff.health.contentRefusal.${refusal.reason}`);
  const at = formatKioskDateTime(refusal.at, lang);
  return refusal.version === undefined
    ? t('staff.health.contentRefusedAt', { reason, at })
    : t('staff.health.contentRefusedValue', { reason, version: isolated(refusal.version), at });
}

export function ContentHealth({ source }: ContentHealthProps) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.resolvedLanguage === 'en' ? 'en' : 'ar';
  const status = useContentStatus(source);
  const refusal = refusalText(t, status, lang);
  const rows: [string, string][] = [
    [t('staff.health.content'), inUseText(t, status, lang)],
    ...(status.previousVersion === undefined
      ? []
      : [
          [t('staff.health.contentPrevious'), isolated(status.previousVersion)] as [string, string],
        ]),
    ...(refusal === undefined
      ? []
      : [[t('staff.health.contentRefused'), refusal] as [string, string]]),
  ];
  return (
    <>
      <FactList facts={rows} />
      {status.waitingVersion !== undefined && (
        <p className="notice notice--info" role="status">
          <IsolatedNumbers
            text={t('staff.health.contentWaiting', { version: isolated(status.waitingVersion) })}
          />
        </p>
      )}
      {status.lastRefusal?.from === 'disk' && status.source === 'shipped' && (
        <p className="notice notice--warning">{t('staff.health.contentRefusedDisk')}</p>
      )}
    </>
  );
}
