/**
 * "Export CSV files" and "Export PDF", with a plain line saying what happened: where the files
 * went, or why they did not. The exports write what the screen shows (the loaded report), so the
 * CSV, the PDF and the screen never disagree. Not printed: the PDF is the report, not its buttons.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentBundle, Language } from '../../../core/content/schema';
import type { BridgeErrorCode } from '../../../main/contract';
import { Icon } from '../../ui/Icon';
import { reportCsvFiles, type LoadedReport } from './reportData';
import {
  exportTarget,
  savePagePdf,
  saveReportFiles,
  thrownAsResult,
  type ExportTarget,
  type ReportAudit,
  type ReportBridge,
} from './reportExport';
import { reportFileNames } from './reportView';

type ExportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly message: string; readonly files: readonly string[] }
  | { readonly kind: 'failed'; readonly message: string };

export function ExportActions({
  loaded,
  content,
  lang,
  bridge,
  audit,
  staffId,
}: {
  /** The report on screen; the buttons wait while it loads. */
  readonly loaded: LoadedReport | undefined;
  readonly content: ContentBundle;
  readonly lang: Language;
  readonly bridge: ReportBridge;
  readonly audit: ReportAudit;
  readonly staffId: string;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const isBusy = status.kind === 'working' || loaded === undefined;

  const failure = (code: BridgeErrorCode, target: ExportTarget): ExportStatus => ({
    kind: 'failed',
    message: t('report.export.failed', {
      reason:
        code === 'unsupported' && target === 'folder'
          ? t('report.export.noFolder')
          : t(`errors.${code}`),
    }),
  });

  const run = async (work: (target: ExportTarget) => Promise<ExportStatus>) => {
    setStatus({ kind: 'working' });
    const target = await exportTarget(bridge).catch((): ExportTarget => 'folder');
    setStatus(await work(target));
  };

  const exportCsv = (report: LoadedReport) =>
    run(async (target) => {
      const files = reportCsvFiles(report, content, lang);
      const result = await saveReportFiles({ bridge, audit, staffId, files, target }).catch(
        (error: unknown) => thrownAsResult(error, 'write-failed'),
      );
      if (!result.ok) return failure(result.error.code, target);
      return { kind: 'done', message: t('report.export.saved'), files: result.value };
    });

  const exportPdf = (report: LoadedReport) =>
    run(async (target) => {
      const fileName = reportFileNames(report.report.period).pdf;
      const result = await savePagePdf({ bridge, audit, staffId, fileName, target }).catch(
        (error: unknown) => thrownAsResult(error, 'print-failed'),
      );
      if (!result.ok) return failure(result.error.code, target);
      return result.value.kind === 'dialog'
        ? { kind: 'done', message: t('report.export.pdfDialog'), files: [] }
        : { kind: 'done', message: t('report.export.saved'), files: [result.value.savedTo] };
    });

  return (
    <div className="report-export">
      <div className="report-export__buttons">
        <button
          type="button"
          className="button button--primary"
          disabled={isBusy}
          onClick={() => loaded && void exportCsv(loaded)}
        >
          <Icon name="folder" />
          {t('report.export.csv')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy}
          onClick={() => loaded && void exportPdf(loaded)}
        >
          <Icon name="printer" />
          {t('report.export.pdf')}
        </button>
      </div>
      <p className="report-export__status" role="status">
        {status.kind === 'working' && t('report.export.working')}
        {status.kind === 'done' && (
          <>
            <Icon name="checkCircle" />
            <span>
              {status.message}
              {/* Paths and file names are written left to right, whatever the screen's language. */}
              {status.files.map((file) => (
                <bdi key={file} className="report-export__file" dir="ltr">
                  {file}
                </bdi>
              ))}
            </span>
          </>
        )}
      </p>
      <p className="report-export__error" role="alert">
        {status.kind === 'failed' && (
          <>
            <Icon name="alert" />
            {status.message}
          </>
        )}
      </p>
    </div>
  );
}
