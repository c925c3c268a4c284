/**
 * The report as drawn: rendered to HTML in each language from the fixture report, then read the
 * way a manager or a screen reader would (headings, figures, captions, tables).
 */
import type { i18n as I18n } from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../../core/content/schema';
import type { VisitReport } from '../../../../core/report/types';
import { loadShippedContent } from '../../../../renderer/content/loadContent';
import { createI18n } from '../../../../renderer/i18n';
import { ReportBody } from '../../../../renderer/features/report/ReportBody';
import { emptyReport, fixtureReport } from './fixtureReport';

const content = loadShippedContent(() => undefined);
let i18n: I18n;

beforeAll(async () => {
  i18n = await createI18n();
});

async function render(report: VisitReport, lang: Language): Promise<string> {
  await i18n.changeLanguage(lang);
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(ReportBody, { report, content, lang, closingTime: '17:00' }),
    ),
  );
}

/** Text without tags and with entities decoded, white space collapsed. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function headings(html: string): string[] {
  return [...html.matchAll(/<h3[^>]*>(.*?)<\/h3>/g)].map((match) => text(match[1] ?? ''));
}

/** The figure a description list gives a name: `<dt>name</dt><dd>figure</dd>`. */
function figure(html: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`<dt[^>]*>${escaped}</dt><dd[^>]*>(.*?)</dd>`).exec(html);
  return found ? text(found[1] ?? '') : undefined;
}

describe('the report in Arabic', () => {
  it('has a heading for every section, the missing answers named as the office’s list', async () => {
    const html = await render(fixtureReport, 'ar');
    expect(headings(html)).toEqual([
      'نظرة عامة',
      'الزيارات حسب الساعة',
      'تذاكر طلب المساعدة',
      'اللغة، ومن استخدم الجهاز',
      'الزيارات بمساعدة موظف: ما نتيجتها',
      'عمليات بحث لم تجد شيئًا: الإجابات التي تنقص المكتب',
      'هل أفادت الإجابات؟',
      'أكثر المواضيع تصفحًا',
      'أكثر الإجابات تصفحًا',
      'دليل التسجيل: إلى أين وصل الزوار',
      'نتائج التحقق المبدئي من الأهلية',
    ]);
  });

  it('gives the figures at a glance, durations in words with the right plural', async () => {
    const html = await render(fixtureReport, 'ar');
    expect(figure(html, 'الزيارات')).toBe('40');
    expect(figure(html, 'بمساعدة موظف')).toBe('6');
    expect(figure(html, 'المدة المعتادة للزيارة (الوسيط)')).toBe('4 دقائق و30 ثانيةً');
    expect(figure(html, 'انتهت لأن أحدًا لم يلمس الشاشة')).toMatch(/^25\D+ \(10\)$/u);
    expect(figure(html, 'مدة الانتظار المعتادة (الوسيط)')).toBe('7 دقائق');
    expect(figure(html, 'انتظر 9 من كل 10 مدةً أقصاها')).toBe('18 دقيقةً');
  });

  it('states the busiest hour in words and lists all 24 hours for screen readers', async () => {
    const html = await render(fixtureReport, 'ar');
    expect(text(html)).toContain('أكثر الساعات زيارةً: من 10:00 إلى 11:00، بعدد 12 زيارةً.');
    const hourTable = /<table class="visually-hidden">(.*?)<\/table>/.exec(html)?.[1] ?? '';
    expect(hourTable.match(/<tr>/g)).toHaveLength(25);
    expect(text(hourTable)).toContain('من 10:00 إلى 11:00 12');
  });

  it('titles answers from the content, and lists the searches in their own language', async () => {
    const html = await render(fixtureReport, 'ar');
    expect(text(html)).toContain('متى ينزل الضمان؟');
    expect(text(html)).toContain('إجابة لم تعد في المحتوى (retired-answer)');
    expect(html).toContain('<bdi lang="en" dir="ltr">rent support</bdi>');
    expect(html).toContain('<bdi lang="ar" dir="rtl">دعم الكهرباء</bdi>');
    expect(text(html)).toContain('ليست إجابة سؤالي: 2');
  });

  it('hides every bar drawing from screen readers: the words beside them carry the figures', async () => {
    const html = await render(fixtureReport, 'ar');
    const svgs = html.match(/<svg[^>]*>/g) ?? [];
    expect(svgs.length).toBeGreaterThan(10);
    for (const svg of svgs) expect(svg).toContain('aria-hidden="true"');
    expect(html).not.toMatch(/<text[\s>]/);
  });

  it('says plainly that nobody came, and draws nothing', async () => {
    const html = await render(emptyReport, 'ar');
    expect(text(html)).toBe('لم تكن هناك زيارات في هذا اليوم.');
    const week = { ...emptyReport, period: { from: '2026-11-19', to: '2026-11-25', days: 7 } };
    expect(text(await render(week, 'ar'))).toBe('لم تكن هناك زيارات في هذه الأيام.');
  });
});

describe('the report in English', () => {
  it('shows visits by day only for a range, naming the busiest day', async () => {
    expect(headings(await render(fixtureReport, 'en'))).not.toContain('Visits by day');
    const week: VisitReport = {
      ...fixtureReport,
      period: { from: '2026-11-19', to: '2026-11-25', days: 7 },
      byDay: [
        { day: '2026-11-19', visits: 0 },
        { day: '2026-11-20', visits: 0 },
        { day: '2026-11-21', visits: 0 },
        { day: '2026-11-22', visits: 0 },
        { day: '2026-11-23', visits: 0 },
        { day: '2026-11-24', visits: 0 },
        { day: '2026-11-25', visits: 40 },
      ],
    };
    const html = await render(week, 'en');
    expect(headings(html)).toContain('Visits by day');
    expect(text(html)).toContain(
      'Busiest day: Wednesday 25 November, with 40 visits. On average 5.7 a day.',
    );
  });

  it('says which sections had nothing, section by section', async () => {
    const quiet: VisitReport = {
      ...fixtureReport,
      outcomes: {
        ...fixtureReport.outcomes,
        'registered-with-help': 0,
        'documents-missing': 0,
        'referred-to-desk': 0,
        'information-only': 0,
      },
      missingAnswers: [],
      tickets: { ...fixtureReport.tickets, count: 0 },
    };
    const html = await render(quiet, 'en');
    expect(text(html)).toContain('No visit was made with a staff member.');
    expect(text(html)).toContain('Every search found an answer.');
    expect(text(html)).toContain('No one took a ticket.');
  });

  it('counts one visit in the singular', async () => {
    const byHour = fixtureReport.byHour.map((_, hour) => (hour === 9 ? 1 : 0));
    const html = await render({ ...fixtureReport, byHour }, 'en');
    expect(text(html)).toContain('Busiest hour: 09:00–10:00, with 1 visit.');
  });
});
