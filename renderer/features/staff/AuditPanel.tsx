/**
 * The administrator's activity log: the newest entries as a table of when, who, what and the
 * detail. Policy: the log is never deleted with visits, and holds no citizen's personal data.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import type { AuditEntry, StaffAccount } from '../../../core/staff/types';
import type { KioskSettings } from '../../db/settingsRepository';
import {
  auditActor,
  auditDetail,
  auditEntriesShown,
  formatKioskDateTime,
  type AuditActor,
} from './adminAudit';
import { summaryLabel, summaryRows } from './adminBackup';
import type { StaffServices } from './services';
import { IsolatedNumbers } from '../../ui/IsolatedNumbers';

export type AuditPanelProps = {
  readonly services: StaffServices;
  readonly account: StaffAccount;
  readonly settings: KioskSettings;
};

type Loaded = { readonly entries: AuditEntry[]; readonly accounts: StaffAccount[] };

function DetailCell({ entry }: { readonly entry: AuditEntry }) {
  const { t } = useTranslation();
  const detail = auditDetail(entry);
  switch (detail.kind) {
    case 'none':
      return null;
    case 'settings':
      return (
        <>
          {detail.keys
            .map((key) => t(`staff.settings.keys.${key}`))
            .join(t('staff.audit.listSeparator'))}
        </>
      );
    case 'counts':
      return (
        <IsolatedNumbers
          text={summaryRows(detail.counts)
            .map((row) => `${summaryLabel(t, row)}: ${row.count}`)
            .join(t('staff.audit.listSeparator'))}
        />
      );
    case 'text':
      return <bdi>{detail.text}</bdi>;
    default: {
      const unreachable: never = detail;
      return unreachable;
    }
  }
}

export function AuditPanel({ services }: AuditPanelProps) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'ar';
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [hasFailed, setHasFailed] = useState(false);

  const read = useCallback(
    () =>
      Promise.all([services.audit.list(auditEntriesShown), services.directory.list()]).then(
        ([entries, accounts]) => {
          setLoaded({ entries, accounts });
          setHasFailed(false);
        },
        () => setHasFailed(true),
      ),
    [services],
  );
  useEffect(() => {
    void read();
  }, [read]);

  const who = (actor: AuditActor) =>
    actor.kind === 'account' ? actor.name : t(`staff.audit.${actor.kind}`);

  return (
    <section className="staff-panel admin-audit" aria-labelledby="staff-panel-title">
      <h2 id="staff-panel-title" className="staff-panel__title" tabIndex={-1}>
        {t('staff.audit.title')}
      </h2>
      <p className="staff-panel__intro">{t('staff.audit.intro', { limit: auditEntriesShown })}</p>
      <p className="staff-panel__note">{t('staff.audit.kept')}</p>
      <div className="staff-panel__actions">
        <button type="button" className="button button--secondary" onClick={() => void read()}>
          {t('staff.audit.refresh')}
        </button>
      </div>
      {hasFailed && (
        <p className="notice notice--warning" role="alert">
          {t('staff.audit.loadFailed')}
        </p>
      )}
      {loaded !== undefined && loaded.entries.length === 0 && (
        <p className="staff-panel__empty">{t('staff.audit.empty')}</p>
      )}
      {loaded !== undefined && loaded.entries.length > 0 && (
        <div className="admin-audit__scroll">
          <table className="admin-table">
            <caption className="visually-hidden">{t('staff.audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.audit.when')}</th>
                <th scope="col">{t('staff.audit.who')}</th>
                <th scope="col">{t('staff.audit.what')}</th>
                <th scope="col">{t('staff.audit.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.entries.map((entry, index) => (
                <tr key={entry.seq ?? `${entry.at}-${index}`}>
                  <th scope="row" className="admin-table__when">
                    <bdi>{formatKioskDateTime(entry.at, lang)}</bdi>
                  </th>
                  <td>
                    <bdi>{who(auditActor(entry, loaded.accounts))}</bdi>
                  </td>
                  <td>{t(`staff.audit.actions.${entry.action}`)}</td>
                  <td className="admin-table__detail">
                    <DetailCell entry={entry} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
