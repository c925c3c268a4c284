/**
 * The administrator's backups: all kiosk data exported as one JSON file, and a backup brought
 * back in. Policy: a backup holds no callback details (they never leave the kiosk); an import
 * refuses a newer schema and never overwrites a visit; both are written to the activity log
 * (the file name, the counts), never the data itself.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../core/staff/types';
import type { KioskSettings } from '../../db/settingsRepository';
import { IsolatedNumbers } from '../../ui/IsolatedNumbers';
import { recordQuietly } from './adminAudit';
import { backupTarget, importAuditDetail, summaryLabel, summaryRows } from './adminBackup';
import type { ImportSummary, StaffServices } from './services';

export type BackupPanelProps = {
  readonly services: StaffServices;
  readonly account: StaffAccount;
  readonly settings: KioskSettings;
};

type ExportState =
  | { readonly kind: 'idle' | 'busy' | 'failed' }
  | { readonly kind: 'saved'; readonly savedTo: string }
  | { readonly kind: 'refused'; readonly code: string };

type ImportState =
  | { readonly kind: 'idle' | 'busy' | 'unreadable' }
  | { readonly kind: 'imported'; readonly summary: ImportSummary }
  | { readonly kind: 'refused'; readonly code: 'invalid' | 'newer-schema' | 'failed' };

function ExportSection({ services, account }: Omit<BackupPanelProps, 'settings'>) {
  const { t } = useTranslation();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const exportAll = async () => {
    setState({ kind: 'busy' });
    try {
      const { fileName, text } = await services.backup.exportJson();
      const target = backupTarget(await services.bridge.getAppInfo());
      const saved = await services.bridge.saveFile({
        fileName,
        content: text,
        encoding: 'utf8',
        target,
      });
      if (!saved.ok) {
        setState(
          saved.error.code === 'cancelled'
            ? { kind: 'idle' }
            : { kind: 'refused', code: saved.error.code },
        );
        return;
      }
      await recordQuietly(() =>
        services.audit.record('backup-exported', { staffId: account.id, detail: fileName }),
      );
      setState({ kind: 'saved', savedTo: saved.value.savedTo });
    } catch {
      setState({ kind: 'failed' });
    }
  };
  return (
    <div className="admin-group">
      <h3 className="admin-group__title">{t('staff.backup.exportTitle')}</h3>
      <p className="staff-panel__note">{t('staff.backup.exportIntro')}</p>
      <button
        type="button"
        className="button button--primary button--huge"
        disabled={state.kind === 'busy'}
        onClick={() => void exportAll()}
      >
        {t('staff.backup.export')}
      </button>
      <p className="admin-outcome" role="status">
        {state.kind === 'busy' && t('staff.backup.exporting')}
        {state.kind === 'saved' && (
          <>
            {t('staff.backup.exported')} <bdi dir="ltr">{state.savedTo}</bdi>
          </>
        )}
      </p>
      {(state.kind === 'failed' || state.kind === 'refused') && (
        <p className="notice notice--warning" role="alert">
          {state.kind === 'refused'
            ? `${t('staff.backup.exportFailed')} ${t(`errors.${state.code}`)}`
            : t('staff.backup.exportFailed')}
        </p>
      )}
    </div>
  );
}

function ImportSection({ services, account }: Omit<BackupPanelProps, 'settings'>) {
  const { t } = useTranslation();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setState({ kind: 'busy' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ kind: 'unreadable' });
      return;
    } finally {
      // The same file can be chosen again (after updating the kiosk, say).
      if (input.current) input.current.value = '';
    }
    try {
      const result = await services.backup.importJson(text);
      if (!result.ok) {
        setState({ kind: 'refused', code: result.error.code });
        return;
      }
      await recordQuietly(() =>
        services.audit.record('backup-imported', {
          staffId: account.id,
          detail: importAuditDetail(result.value),
        }),
      );
      setState({ kind: 'imported', summary: result.value });
    } catch {
      setState({ kind: 'refused', code: 'failed' });
    }
  };
  const rows = state.kind === 'imported' ? summaryRows(state.summary) : [];
  return (
    <div className="admin-group">
      <h3 className="admin-group__title">{t('staff.backup.importTitle')}</h3>
      <p className="staff-panel__note">{t('staff.backup.importIntro')}</p>
      <label className="button button--secondary button--huge admin-file">
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          disabled={state.kind === 'busy'}
          onChange={(event) => void importFile(event)}
        />
        {t('staff.backup.choose')}
      </label>
      <p className="admin-outcome" role="status">
        {state.kind === 'busy' && t('staff.backup.importing')}
        {state.kind === 'imported' && t('staff.backup.imported')}
      </p>
      {rows.length > 0 && (
        <dl className="staff-facts admin-summary">
          {rows.map((row) => (
            <div key={row.key} className="staff-facts__row">
              <dt>{summaryLabel(t, row)}</dt>
              <dd>
                <IsolatedNumbers text={String(row.count)} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {(state.kind === 'refused' || state.kind === 'unreadable') && (
        <p className="notice notice--warning" role="alert">
          {t(`staff.backup.refused.${state.kind === 'refused' ? state.code : 'unreadable'}`)}
        </p>
      )}
    </div>
  );
}

export function BackupPanel({ services, account }: BackupPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="staff-panel admin-backup" aria-labelledby="staff-panel-title">
      <h2 id="staff-panel-title" className="staff-panel__title" tabIndex={-1}>
        {t('staff.backup.title')}
      </h2>
      <p className="staff-panel__intro">{t('staff.backup.intro')}</p>
      <p className="notice notice--info">{t('staff.backup.privacy')}</p>
      <ExportSection services={services} account={account} />
      <ImportSection services={services} account={account} />
    </section>
  );
}
