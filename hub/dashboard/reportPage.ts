/**
 * The report page: a day's or a week's visits across the manager's kiosks (or one kiosk), drawn
 * from the report's blocks (reportBlocks.ts) with the kiosk report screen's charts (same geometry,
 * core/report/chartModel.ts) and every figure also as text; the CSV and PDF downloads; and a print
 * page laid out for A4.
 */
import type { LoadedHubReport } from '../reports/index';
import { barList, columnChart, shareBar } from './charts';
import { html, type SafeHtml } from './html';
import type { Translator } from './i18n';
import {
  choiceQuery,
  hijriPeriod,
  reportBlocks,
  reportHeading,
  type BlockBody,
  type Cell,
  type ReportBlock,
  type ReportChoice,
  type Table,
} from './reportBlocks';

function cellText(cell: Cell): SafeHtml | string {
  if (typeof cell.text !== 'string') {
    return html`<ul class="plain-list">
      ${cell.text.map((line) => html`<li>${line}</li>`)}
    </ul>`;
  }
  if (cell.lang !== undefined) {
    return html`<bdi lang="${cell.lang}" dir="${cell.lang === 'ar' ? 'rtl' : 'ltr'}"
      >${cell.text}</bdi
    >`;
  }
  return cell.isNumber === true ? html`<bdi>${cell.text}</bdi>` : cell.text;
}

function numberClass(cell: Cell): SafeHtml | string {
  return cell.isNumber === true ? html` class="number"` : '';
}

function table({ headers, rows }: Table): SafeHtml {
  return html`<div class="table-wrap">
    <table class="data-table">
      <thead>
        <tr>
          ${headers.map((cell) => html`<th scope="col" ${numberClass(cell)}>${cell.text}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ([first, ...rest]) =>
            html`<tr>
              ${first === undefined ? '' : html`<th scope="row">${cellText(first)}</th>`}
              ${rest.map((cell) => html`<td ${numberClass(cell)}>${cellText(cell)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function body(tr: Translator, content: BlockBody): SafeHtml {
  switch (content.kind) {
    case 'figures':
      return html`<dl class="figures">
        ${content.items.map(
          ([name, value]) =>
            html`<div class="figures__item">
              <dt class="figures__label">${name}</dt>
              <dd class="figures__value"><bdi>${value}</bdi></dd>
            </div>`,
        )}
      </dl>`;
    case 'columns':
      return columnChart({ ...content, format: tr.count });
    case 'bars':
      return barList(content.rows, tr.count);
    case 'shares':
      return html`<div class="pair">
        ${content.shares.map((share) =>
          shareBar({ ...share, format: tr.count, percent: tr.percent }),
        )}
      </div>`;
    case 'table':
      return table(content.table);
    case 'empty':
      return html`<p class="muted">${content.text}</p>`;
    default: {
      const unknown: never = content;
      return unknown;
    }
  }
}

function block(tr: Translator, item: ReportBlock): SafeHtml {
  switch (item.kind) {
    case 'section':
      return html`<section class="report-section">
        <h2 class="report-section__title">${item.title}</h2>
        ${item.intro === undefined ? '' : html`<p>${item.intro}</p>`} ${body(tr, item.body)}
      </section>`;
    case 'notice':
      return html`<p class="notice">${item.text}</p>`;
    case 'note':
      return html`<p class="muted report__note">${item.text}</p>`;
    default: {
      const unknown: never = item;
      return unknown;
    }
  }
}

/** The report's figures and charts (the screen and the print page share them). */
export function reportSections(
  tr: Translator,
  loaded: LoadedHubReport,
  choice: ReportChoice,
): SafeHtml {
  const blocks = reportBlocks(tr, loaded, choice).map((item) => block(tr, item));
  return loaded.report.totals.visits === 0
    ? html`${blocks}`
    : html`<div class="report">${blocks}</div>`;
}

/** The period, day and kiosk chooser (a GET form: the choice is in the address, so it can be bookmarked). */
function chooser(
  tr: Translator,
  choice: ReportChoice,
  kiosks: readonly { readonly id: string; readonly name: string }[],
): SafeHtml {
  const option = (value: string, text: string, isSelected: boolean) =>
    html`<option value="${value}" ${isSelected ? html` selected` : ''}>${text}</option>`;
  return html`<form
    method="get"
    action="/dashboard/report"
    class="chooser"
    aria-label="${tr.t('reportChoose')}"
  >
    <div class="field">
      <label class="field__label" for="period">${tr.t('periodLabel')}</label>
      <select class="field__input" id="period" name="period">
        ${option('day', tr.t('periodDay'), choice.period === 'day')}
        ${option('week', tr.t('periodWeek'), choice.period === 'week')}
      </select>
    </div>
    <div class="field">
      <label class="field__label" for="date">${tr.t('dateLabel')}</label>
      <input
        class="field__input"
        id="date"
        name="date"
        type="date"
        value="${choice.date}"
        required
      />
    </div>
    <div class="field">
      <label class="field__label" for="kiosk">${tr.t('kioskLabel')}</label>
      <select class="field__input" id="kiosk" name="kiosk">
        ${option('', tr.t('allKiosks'), choice.kioskId === undefined)}
        ${kiosks.map((kiosk) => option(kiosk.id, kiosk.name, kiosk.id === choice.kioskId))}
      </select>
    </div>
    <button type="submit" class="button button--primary">${tr.t('showReport')}</button>
  </form>`;
}

/** The report page on screen. */
export function reportBody(
  tr: Translator,
  loaded: LoadedHubReport,
  choice: ReportChoice,
  scopeText: string,
  kiosks: readonly { readonly id: string; readonly name: string }[],
): SafeHtml {
  const query = choiceQuery(choice);
  return html`<h1>${tr.t('reportTitle')}</h1>
    ${chooser(tr, choice, kiosks)}
    <div class="report-head">
      <div>
        <h2 class="report-head__title">${reportHeading(tr, loaded)}</h2>
        <p class="muted">${hijriPeriod(tr, loaded)}</p>
        <p class="report-head__scope">${scopeText}</p>
      </div>
      <div class="downloads">
        <h3 class="downloads__title">${tr.t('downloads')}</h3>
        <ul class="downloads__list">
          <li>
            <a class="button" href="/dashboard/report/summary.csv?${query}" download
              >${tr.t('downloadSummary')}</a
            >
          </li>
          <li>
            <a class="button" href="/dashboard/report/visits.csv?${query}" download
              >${tr.t('downloadVisits')}</a
            >
          </li>
          <li>
            <a class="button" href="/dashboard/report/report.pdf?${query}" download
              >${tr.t('downloadPdf')}</a
            >
          </li>
          <li>
            <a class="button" href="/dashboard/report/print?${query}" aria-describedby="print-hint"
              >${tr.t('printVersion')}</a
            >
          </li>
        </ul>
        <p class="muted downloads__hint" id="print-hint">${tr.t('printHint')}</p>
      </div>
    </div>
    ${reportSections(tr, loaded, choice)}`;
}

/** The print page: the same figures with a title block, laid out for A4 by the print stylesheet. */
export function printBody(
  tr: Translator,
  loaded: LoadedHubReport,
  choice: ReportChoice,
  scopeText: string,
  now: number,
): SafeHtml {
  const made = tr.instant(now);
  return html`<p class="screen-only print-bar">
      <span>${tr.t('printNow')}</span>
      <a class="button" href="/dashboard/report?${choiceQuery(choice)}">${tr.t('backToReport')}</a>
    </p>
    <h1>${tr.t('reportTitle')}: ${reportHeading(tr, loaded)}</h1>
    <p class="muted">${hijriPeriod(tr, loaded)}</p>
    <p>${scopeText} · ${tr.t('reportMadeAt', { date: `${made.gregorian} (${made.hijri})` })}</p>
    ${reportSections(tr, loaded, choice)}`;
}
