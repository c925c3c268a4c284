/**
 * The visit report for staff: a period chooser, the exports, and the report as charts with their
 * figures. A staff screen on the kiosk's own touch screen, so it keeps the citizen screens' rules
 * (large targets, Arabic first, right to left) and prints as a plain black-on-white A4 report
 * (`report.css`): the PDF export is this page.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentBundle, Language } from '../../../core/content/schema';
import { kioskDay } from '../../../core/report/options';
import type { AuditAction } from '../../../core/staff/types';
import type { KioskBridge } from '../../../main/contract';
import type { RuknDatabase } from '../../db/database';
import type { KioskSettings } from '../../db/settingsRepository';
import { ExportActions } from './ExportActions';
import { PeriodChooser, PeriodLine } from './PeriodChooser';
import { ReportBody } from './ReportBody';
import { kioskUtcOffsetMinutes, loadReport, type LoadedReport } from './reportData';
import { kioskClockTime, periodDays, type PeriodChoice, type PeriodDays } from './reportView';
import './report.css';

export type ReportScreenProps = {
  readonly db: RuknDatabase;
  readonly content: ContentBundle;
  readonly settings: KioskSettings;
  /** Any `KioskBridge`: the screen uses getAppInfo, saveFile and savePagePdf. */
  readonly bridge: Pick<KioskBridge, 'getAppInfo' | 'saveFile' | 'savePagePdf'>;
  /** The signed-in staff member, named in the audit log of each export. */
  readonly staffId: string;
  readonly audit: {
    record(
      action: AuditAction,
      options?: { readonly staffId?: string; readonly detail?: string },
    ): Promise<void>;
  };
  /** Epoch milliseconds; the kiosk's clock unless a test sets one. */
  readonly now?: () => number;
};

type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly loaded: LoadedReport }
  | { readonly status: 'failed' };

/** The period's report, read again whenever the period changes or a retry is asked for. */
function useLoadedReport(
  db: RuknDatabase,
  content: ContentBundle,
  period: PeriodDays,
  now: () => number,
) {
  const [attempt, setAttempt] = useState(0);
  const key = `${period.from} ${period.to} ${attempt}`;
  const [result, setResult] = useState<{ readonly key: string; readonly state: LoadState }>();
  const load = useEffectEvent(() => loadReport(db, content, period, now()));
  useEffect(() => {
    let isCurrent = true;
    load().then(
      (loaded) => {
        if (isCurrent) setResult({ key, state: { status: 'ready', loaded } });
      },
      (error: unknown) => {
        console.error('report not loaded', error);
        if (isCurrent) setResult({ key, state: { status: 'failed' } });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [key, db, content]);
  // A result for another period is not shown: the new one is loading.
  const state: LoadState = result?.key === key ? result.state : { status: 'loading' };
  return { state, retry: () => setAttempt((count) => count + 1) };
}

export function ReportScreen({
  db,
  content,
  settings,
  bridge,
  staffId,
  audit,
  now = Date.now,
}: ReportScreenProps) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'ar';
  // The staff screen moves focus to its open section's heading, found by this id.
  const titleId = 'staff-panel-title';
  const today = kioskDay(now(), kioskUtcOffsetMinutes);
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'today' });
  const period = periodDays(choice, today);
  const { state, retry } = useLoadedReport(db, content, period, now);

  return (
    <section className="report screen" aria-labelledby={titleId}>
      <header className="report__header">
        <h2 id={titleId} className="screen__title" tabIndex={-1}>
          {t('report.title')}
        </h2>
        {settings.kioskName !== '' && (
          <p className="report__kiosk">{t('report.kioskName', { name: settings.kioskName })}</p>
        )}
        <PeriodLine period={period} lang={lang} />
        {/* Today is not over: the printed page says how far its figures go. */}
        {period.to === today && (
          <p className="report__kiosk">
            {t('report.upTo', { time: kioskClockTime(now(), kioskUtcOffsetMinutes) })}
          </p>
        )}
      </header>
      <div className="report__controls">
        <PeriodChooser
          choice={choice}
          period={period}
          today={today}
          lang={lang}
          onChoose={setChoice}
        />
        <ExportActions
          // A new period starts with no message about the last one's export.
          key={`${period.from} ${period.to}`}
          loaded={state.status === 'ready' ? state.loaded : undefined}
          content={content}
          lang={lang}
          bridge={bridge}
          audit={audit}
          staffId={staffId}
        />
      </div>
      {state.status === 'loading' && (
        <p className="report__loading" role="status">
          {t('report.loading')}
        </p>
      )}
      {state.status === 'failed' && (
        <div className="report__failed" role="alert">
          <p>{t('report.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={retry}>
            {t('report.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <ReportBody
          report={state.loaded.report}
          content={content}
          lang={lang}
          closingTime={settings.closingTime}
        />
      )}
    </section>
  );
}
