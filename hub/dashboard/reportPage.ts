/**
 * The report page: a day's or a week's visits across the manager's kiosks (or one kiosk), with the
 * kiosk report screen's charts (same geometry, core/report/chartModel.ts) and every figure also as
 * text, the CSV downloads, and a print page laid out for A4 (the browser's "Save as PDF" makes the
 * PDF). Section and figure names shared with the CSV files come from core/report/labels.ts.
 */
import { eligibilityBands } from '../../core/eligibility/rules';
import { reportLabel, type ReportLabelKey } from '../../core/report/labels';
import { assistedOutcomes, feedbackReasons } from '../../core/visit/types';
import type { LoadedHubReport } from '../reports/index';
import { barList, columnChart, shareBar, type BarRow } from './charts';
import { html, type SafeHtml } from './html';
import type { Translator } from './i18n';

/** What the report shows, as chosen on the page. */
export type ReportChoice = {
  readonly period: 'day' | 'week';
  /** The (last) day, `YYYY-MM-DD`. */
  readonly date: string;
  /** One kiosk, or undefined for every kiosk in the manager's scope. */
  readonly kioskId?: string;
};

/** The query string of a choice (for links to the CSV files and the print page). */
export function choiceQuery(choice: ReportChoice): string {
  const params = new URLSearchParams({ period: choice.period, date: choice.date });
  if (choice.kioskId !== undefined) params.set('kiosk', choice.kioskId);
  return params.toString();
}

function section(title: string, body: SafeHtml | string, id?: string): SafeHtml {
  return html`<section class="report-section" ${id === undefined ? '' : html` id="${id}"`}>
    <h2 class="report-section__title">${title}</h2>
    ${body}
  </section>`;
}

function emptyOr(isEmpty: boolean, text: string, body: () => SafeHtml): SafeHtml {
  return isEmpty ? html`<p class="muted">${text}</p>` : body();
}

function label(tr: Translator, key: ReportLabelKey): string {
  return reportLabel(key, tr.lang);
}

function hourName(hour: number): string {
  return `${String(hour % 24).padStart(2, '0')}:00`;
}

function busiest(values: readonly number[]): number | undefined {
  let best: number | undefined;
  values.forEach((value, index) => {
    if (value > 0 && (best === undefined || value > (values[best] ?? 0))) best = index;
  });
  return best;
}

function summary(tr: Translator, loaded: LoadedHubReport): SafeHtml {
  const { totals } = loaded.report;
  const items: readonly [string, string][] = [
    [tr.t('visits'), tr.count(totals.visits)],
    [tr.t('selfService'), tr.count(totals.selfService)],
    [tr.t('assisted'), tr.count(totals.assisted)],
    [
      tr.t('medianLength'),
      totals.visits > 0 ? tr.duration(totals.medianVisitSeconds) : tr.t('noFigure'),
    ],
    [
      tr.t('endedByIdle'),
      tr.t('endedByIdleValue', {
        share: tr.percent(totals.endedByIdle.share),
        count: tr.count(totals.endedByIdle.count),
      }),
    ],
  ];
  return section(
    tr.t('summaryTitle'),
    html`<dl class="figures">
      ${items.map(
        ([name, value]) =>
          html`<div class="figures__item">
            <dt class="figures__label">${name}</dt>
            <dd class="figures__value"><bdi>${value}</bdi></dd>
          </div>`,
      )}
    </dl>`,
  );
}

function byHour(tr: Translator, loaded: LoadedHubReport): SafeHtml {
  const hours = loaded.report.byHour;
  const top = busiest(hours);
  const columns = hours.map((visits, hour) => ({
    key: String(hour),
    name: `${hourName(hour)}–${hourName(hour + 1)}`,
    axisLabel: hour % 2 === 0 ? hourName(hour).slice(0, 2) : undefined,
    value: visits,
  }));
  return section(
    tr.t('byHourTitle'),
    columnChart({
      columns,
      headers: [tr.t('hourColumn'), tr.t('visitsColumn')],
      format: tr.count,
      caption:
        top === undefined
          ? ''
          : tr.t('busiestHour', {
              hour: columns[top]?.name ?? '',
              visits: tr.plural('visitCount', hours[top] ?? 0),
            }),
    }),
  );
}

function byDay(tr: Translator, loaded: LoadedHubReport): SafeHtml {
  const days = loaded.report.byDay;
  const top = busiest(days.map((day) => day.visits));
  const topDay = top === undefined ? undefined : days[top];
  return section(
    tr.t('byDayTitle'),
    columnChart({
      columns: days.map(({ day, visits }) => ({
        key: day,
        name: tr.day(day).gregorian,
        axisLabel: tr.shortDay(day),
        value: visits,
      })),
      headers: [tr.t('dayColumn'), tr.t('visitsColumn')],
      format: tr.count,
      caption: topDay
        ? tr.t('busiestDay', {
            day: tr.day(topDay.day).gregorian,
            visits: tr.plural('visitCount', topDay.visits),
          })
        : '',
    }),
  );
}

function people(tr: Translator, loaded: LoadedHubReport): SafeHtml {
  const { report } = loaded;
  return section(
    tr.t('peopleTitle'),
    html`<div class="pair">
      ${shareBar({
        label: tr.t('languageShare'),
        format: tr.count,
        percent: tr.percent,
        parts: (['ar', 'en'] as const).map((lang) => ({
          key: lang,
          label: label(tr, `lang.${lang}`),
          value: report.byLanguage[lang],
        })),
      })}
      ${shareBar({
        label: tr.t('modeShare'),
        format: tr.count,
        percent: tr.percent,
        parts: (['self', 'assisted'] as const).map((mode) => ({
          key: mode,
          label: label(tr, `mode.${mode}`),
          value: report.byMode[mode],
        })),
      })}
    </div>`,
  );
}

function contentSections(tr: Translator, loaded: LoadedHubReport): SafeHtml[] {
  const { report, content } = loaded;
  const lang = tr.lang;
  const steps = new Map(content.guide.steps.map((step) => [step.id, step]));
  const topics = new Map(content.categories.map((topic) => [topic.id, topic.title[lang]]));
  const entries = new Map(content.faq.map((entry) => [entry.id, entry.question[lang]]));
  const entryName = (id: string) => entries.get(id) ?? tr.t('answerUnknown', { id });

  const outcomes: BarRow[] = assistedOutcomes.map((outcome) => ({
    key: outcome,
    label: label(tr, `outcome.${outcome}`),
    value: report.outcomes[outcome],
  }));
  const funnel: BarRow[] = [
    { key: 'started', label: label(tr, 'guide.started'), value: report.guideFunnel.started },
    ...report.guideFunnel.steps.map(({ stepId, visits }, index) => {
      const step = steps.get(stepId);
      return {
        key: stepId,
        label: tr.t('guideStep', {
          number: tr.count(step?.number ?? index + 1),
          title: step?.title[lang] ?? stepId,
        }),
        value: visits,
      };
    }),
    {
      key: 'checklist',
      label: label(tr, 'guide.checklistCompleted'),
      value: report.guideFunnel.checklistCompleted,
    },
  ];
  const bands: BarRow[] = eligibilityBands.map((band) => ({
    key: band,
    label: label(tr, `band.${band}`),
    value: report.eligibilityBands[band],
  }));
  const topicRows: BarRow[] = report.topTopics.map(({ categoryId, views }) => ({
    key: categoryId,
    label: topics.get(categoryId) ?? categoryId,
    value: views,
  }));
  const answerRows: BarRow[] = report.topAnswers.map(({ entryId, views }) => ({
    key: entryId,
    label: entryName(entryId),
    value: views,
  }));

  return [
    section(
      label(tr, 'section.outcomes'),
      emptyOr(report.totals.assisted === 0, tr.t('outcomesEmpty'), () =>
        barList(outcomes, tr.count),
      ),
    ),
    section(
      label(tr, 'section.guideFunnel'),
      emptyOr(report.guideFunnel.started === 0, tr.t('guideEmpty'), () =>
        barList(funnel, tr.count),
      ),
    ),
    section(
      label(tr, 'section.eligibilityBands'),
      emptyOr(
        bands.every((row) => row.value === 0),
        tr.t('eligibilityEmpty'),
        () => barList(bands, tr.count),
      ),
    ),
    section(
      label(tr, 'section.topTopics'),
      emptyOr(topicRows.length === 0, tr.t('topicsEmpty'), () => barList(topicRows, tr.count)),
    ),
    section(
      label(tr, 'section.topAnswers'),
      emptyOr(answerRows.length === 0, tr.t('answersEmpty'), () => barList(answerRows, tr.count)),
    ),
    section(
      label(tr, 'section.helpfulness'),
      emptyOr(
        report.helpfulness.length === 0,
        tr.t('helpfulnessEmpty'),
        () =>
          html`<div class="table-wrap">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">${tr.t('answerColumn')}</th>
                  <th scope="col" class="number">${label(tr, 'feedback.helpful')}</th>
                  <th scope="col" class="number">${label(tr, 'feedback.notHelpful')}</th>
                  <th scope="col">${tr.t('reasonsColumn')}</th>
                </tr>
              </thead>
              <tbody>
                ${report.helpfulness.map(
                  (row) =>
                    html`<tr>
                      <th scope="row">${entryName(row.entryId)}</th>
                      <td class="number"><bdi>${tr.count(row.helpful)}</bdi></td>
                      <td class="number"><bdi>${tr.count(row.notHelpful)}</bdi></td>
                      <td>
                        <ul class="plain-list">
                          ${feedbackReasons
                            .filter((reason) => row.reasons[reason] > 0)
                            .map(
                              (reason) =>
                                html`<li>
                                  ${label(tr, `reason.${reason}`)}:
                                  <bdi>${tr.count(row.reasons[reason])}</bdi>
                                </li>`,
                            )}
                        </ul>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`,
      ),
    ),
    section(
      label(tr, 'section.missingAnswers'),
      html`<p>${tr.t('missingIntro')}</p>
        ${emptyOr(
          report.missingAnswers.length === 0,
          tr.t('missingEmpty'),
          () =>
            html`<div class="table-wrap">
              <table class="data-table">
                <thead>
                  <tr>
                    <th scope="col">${tr.t('searchColumn')}</th>
                    <th scope="col">${tr.t('languageColumn')}</th>
                    <th scope="col" class="number">${tr.t('countColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${report.missingAnswers.map(
                    (row) =>
                      html`<tr>
                        <th scope="row">
                          <bdi lang="${row.lang}" dir="${row.lang === 'ar' ? 'rtl' : 'ltr'}"
                            >${row.text}</bdi
                          >
                        </th>
                        <td>${label(tr, `lang.${row.lang}`)}</td>
                        <td class="number"><bdi>${tr.count(row.count)}</bdi></td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`,
        )}`,
    ),
  ];
}

function byKiosk(tr: Translator, loaded: LoadedHubReport): SafeHtml {
  return section(
    tr.t('byKioskTitle'),
    barList(
      loaded.byKiosk.map((kiosk) => ({
        key: kiosk.kioskId,
        label: kiosk.name,
        value: kiosk.visits,
      })),
      tr.count,
    ),
  );
}

/** The period's Hijri dates (Umm al-Qura), shown under the heading. */
function hijriPeriod(tr: Translator, loaded: LoadedHubReport): string {
  const { from, to } = loaded.report.period;
  return from === to ? tr.day(to).hijri : `${tr.day(from).hijri} – ${tr.day(to).hijri}`;
}

/** The period in words, for the page's heading. */
export function reportHeading(tr: Translator, loaded: LoadedHubReport): string {
  const { from, to } = loaded.report.period;
  return from === to
    ? tr.t('reportDayHeading', { date: tr.day(to).gregorian })
    : tr.t('reportWeekHeading', { from: tr.day(from).gregorian, to: tr.day(to).gregorian });
}

/** The report's figures and charts (the screen and the print page share them). */
export function reportSections(
  tr: Translator,
  loaded: LoadedHubReport,
  choice: ReportChoice,
): SafeHtml {
  if (loaded.report.totals.visits === 0) {
    return html`<p class="notice">${tr.t('noVisits')}</p>
      ${loaded.byKiosk.length > 1 ? byKiosk(tr, loaded) : ''}`;
  }
  return html`<div class="report">
    ${summary(tr, loaded)} ${byHour(tr, loaded)}
    ${choice.period === 'week' ? byDay(tr, loaded) : ''}
    ${choice.kioskId === undefined && loaded.byKiosk.length > 0 ? byKiosk(tr, loaded) : ''}
    ${people(tr, loaded)} ${contentSections(tr, loaded)}
    <p class="muted report__note">${tr.t('ticketsNote')}</p>
  </div>`;
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
