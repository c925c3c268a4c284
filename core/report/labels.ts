/**
 * The words of the exported report files (CSV headers, section and figure names), in Arabic and
 * English. They live in core, not in the renderer's locale files, because the command line and the
 * office hub write the same files. Policy: every label has both languages (a unit test checks);
 * citizens' words never appear here, and names of content (topics, answers, guide steps) come from
 * the content bundle (`contentTitles`), falling back to their ids.
 */
import type { ContentBundle, Language, Localized } from '../content/schema';

/** Every label of the report files, by key. */
export const reportLabels = {
  // Columns of the summary file.
  'column.section': { ar: 'القسم', en: 'Section' },
  'column.key': { ar: 'المفتاح', en: 'Key' },
  'column.label': { ar: 'البند', en: 'Item' },
  'column.value': { ar: 'القيمة', en: 'Value' },
  // Sections.
  'section.period': { ar: 'الفترة', en: 'Period' },
  'section.totals': { ar: 'الإجماليات', en: 'Totals' },
  'section.byHour': { ar: 'الزيارات حسب الساعة', en: 'Visits by hour' },
  'section.byDay': { ar: 'الزيارات حسب اليوم', en: 'Visits by day' },
  'section.byLanguage': { ar: 'لغة الزيارة', en: 'Visit language' },
  'section.byMode': { ar: 'نوع الزيارة', en: 'Kind of visit' },
  'section.byEndReason': { ar: 'سبب انتهاء الزيارة', en: 'How visits ended' },
  'section.outcomes': { ar: 'نتائج الزيارات بمساعدة موظف', en: 'Outcomes of assisted visits' },
  'section.guideFunnel': { ar: 'التقدم في دليل التسجيل', en: 'Progress through the guide' },
  'section.eligibilityBands': {
    ar: 'نتائج التحقق المبدئي من الأهلية',
    en: 'Informal eligibility check results',
  },
  'section.topTopics': { ar: 'أكثر المواضيع مشاهدة', en: 'Most viewed topics' },
  'section.topAnswers': { ar: 'أكثر الإجابات مشاهدة', en: 'Most viewed answers' },
  'section.helpfulness': { ar: 'هل كانت الإجابة مفيدة؟', en: 'Was the answer helpful?' },
  'section.missingAnswers': {
    ar: 'عمليات بحث بلا نتائج (إجابات ناقصة)',
    en: 'Searches that found nothing (missing answers)',
  },
  'section.tickets': { ar: 'أرقام الانتظار', en: 'Help tickets' },
  // Period.
  'period.from': { ar: 'من', en: 'From' },
  'period.to': { ar: 'إلى', en: 'To' },
  'period.days': { ar: 'عدد الأيام', en: 'Days' },
  // Totals.
  'totals.visits': { ar: 'الزيارات', en: 'Visits' },
  'totals.selfService': { ar: 'زيارات ذاتية', en: 'Self-service visits' },
  'totals.assisted': { ar: 'زيارات بمساعدة موظف', en: 'Assisted visits' },
  'totals.medianVisitSeconds': {
    ar: 'الوسيط لمدة الزيارة (ثوانٍ)',
    en: 'Median visit length (seconds)',
  },
  'totals.endedByIdle': { ar: 'زيارات انتهت لعدم النشاط', en: 'Visits ended by inactivity' },
  'totals.endedByIdlePercent': {
    ar: 'نسبة الزيارات المنتهية لعدم النشاط (٪)',
    en: 'Share ended by inactivity (%)',
  },
  // Languages.
  'lang.ar': { ar: 'العربية', en: 'Arabic' },
  'lang.en': { ar: 'الإنجليزية', en: 'English' },
  // Modes.
  'mode.self': { ar: 'ذاتية', en: 'Self-service' },
  'mode.assisted': { ar: 'بمساعدة موظف', en: 'Assisted' },
  // End reasons.
  'endReason.completed': { ar: 'أنهاها الزائر', en: 'Ended by the visitor' },
  'endReason.idle': { ar: 'عدم النشاط', en: 'Inactivity' },
  'endReason.start-over': { ar: 'البدء من جديد', en: 'Start over' },
  'endReason.crash-recovered': {
    ar: 'أُغلقت بعد إعادة تشغيل الجهاز',
    en: 'Closed after a restart',
  },
  // Outcomes.
  'outcome.registered-with-help': { ar: 'سُجِّل بمساعدة', en: 'Registered with help' },
  'outcome.documents-missing': { ar: 'مستندات ناقصة', en: 'Documents missing' },
  'outcome.referred-to-desk': { ar: 'أُحيل إلى مكتب الخدمة', en: 'Referred to the desk' },
  'outcome.information-only': { ar: 'معلومات فقط', en: 'Information only' },
  'outcome.other': { ar: 'أخرى', en: 'Other' },
  // Guide funnel.
  'guide.started': { ar: 'فتحوا الدليل', en: 'Opened the guide' },
  'guide.step': { ar: 'الخطوة', en: 'Step' },
  'guide.checklistCompleted': { ar: 'أكملوا قائمة التجهيز', en: 'Completed the checklist' },
  // Eligibility bands.
  'band.likely-eligible': { ar: 'مستحق غالبًا', en: 'Likely eligible' },
  'band.may-be-eligible': { ar: 'قد يكون مستحقًا', en: 'May be eligible' },
  'band.likely-not-eligible': { ar: 'غير مستحق غالبًا', en: 'Likely not eligible' },
  // Helpfulness.
  'feedback.helpful': { ar: 'مفيدة', en: 'Helpful' },
  'feedback.notHelpful': { ar: 'غير مفيدة', en: 'Not helpful' },
  'reason.not-my-question': { ar: 'ليست سؤالي', en: 'Not my question' },
  'reason.hard-to-understand': { ar: 'صعبة الفهم', en: 'Hard to understand' },
  'reason.need-more-detail': { ar: 'أحتاج تفاصيل أكثر', en: 'Need more detail' },
  'reason.information-wrong': { ar: 'المعلومة خاطئة', en: 'Information wrong' },
  // Tickets.
  'tickets.count': { ar: 'أرقام الانتظار المأخوذة', en: 'Tickets taken' },
  'tickets.served': { ar: 'خُدموا', en: 'Served' },
  'tickets.noShow': { ar: 'لم يحضروا', en: 'No-show' },
  'tickets.calledBack': { ar: 'اتُّصل بهم', en: 'Called back' },
  'tickets.waiting': { ar: 'ما زالوا ينتظرون', en: 'Still waiting' },
  'tickets.withCallback': { ar: 'طلبوا اتصالًا', en: 'Asked for a callback' },
  'tickets.medianWaitSeconds': {
    ar: 'الوسيط لمدة الانتظار (ثوانٍ)',
    en: 'Median wait (seconds)',
  },
  'tickets.p90WaitSeconds': {
    ar: 'مدة انتظار ٩٠٪ من المخدومين أو أقل (ثوانٍ)',
    en: '90th percentile wait (seconds)',
  },
  // Columns of the visits file.
  'visit.started': { ar: 'البداية', en: 'Started' },
  'visit.ended': { ar: 'النهاية', en: 'Ended' },
  'visit.seconds': { ar: 'المدة (ثوانٍ)', en: 'Seconds' },
  'visit.language': { ar: 'اللغة', en: 'Language' },
  'visit.mode': { ar: 'نوع الزيارة', en: 'Kind' },
  'visit.outcome': { ar: 'النتيجة', en: 'Outcome' },
  'visit.endReason': { ar: 'سبب الانتهاء', en: 'End reason' },
  'visit.guideSteps': { ar: 'خطوات الدليل', en: 'Guide steps reached' },
  'visit.eligibility': { ar: 'نتيجة التحقق من الأهلية', en: 'Eligibility result' },
  'visit.answersViewed': { ar: 'إجابات شوهدت', en: 'Answers viewed' },
  'visit.searches': { ar: 'عمليات البحث', en: 'Searches' },
  'visit.noResultSearches': { ar: 'بحث بلا نتائج', en: 'Searches with no results' },
  'visit.helpful': { ar: 'مفيدة', en: 'Helpful' },
  'visit.notHelpful': { ar: 'غير مفيدة', en: 'Not helpful' },
  'visit.ticket': { ar: 'رقم الانتظار', en: 'Ticket number' },
} as const satisfies Record<string, Localized<string>>;

export type ReportLabelKey = keyof typeof reportLabels;

/** A label in one language. */
export function reportLabel(key: ReportLabelKey, lang: Language): string {
  return reportLabels[key][lang];
}

/** Names of the content the report counts, in one language: ids map to titles. */
export type ReportTitles = {
  readonly guideSteps: Readonly<Record<string, string>>;
  readonly categories: Readonly<Record<string, string>>;
  readonly entries: Readonly<Record<string, string>>;
};

/** No names: the files show ids. */
export const noTitles: ReportTitles = { guideSteps: {}, categories: {}, entries: {} };

/** The content's names for guide steps, topics and answers (questions) in one language. */
export function contentTitles(bundle: ContentBundle, lang: Language): ReportTitles {
  return {
    guideSteps: Object.fromEntries(bundle.guide.steps.map((step) => [step.id, step.title[lang]])),
    categories: Object.fromEntries(bundle.categories.map((topic) => [topic.id, topic.title[lang]])),
    entries: Object.fromEntries(bundle.faq.map((entry) => [entry.id, entry.question[lang]])),
  };
}
