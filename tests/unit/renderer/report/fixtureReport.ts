/**
 * A hand-made report of one busy day (Wednesday 25 November 2026), with figures chosen so each
 * can be found on the screen: 40 visits (34 alone, 6 with a staff member), busiest at 10:00.
 */
import type { VisitReport } from '../../../../core/report/types';

const byHour = Array.from({ length: 24 }, () => 0);
byHour[6] = 1;
byHour[8] = 5;
byHour[9] = 8;
byHour[10] = 12;
byHour[11] = 7;
byHour[13] = 4;
byHour[15] = 2;
byHour[19] = 1;

export const fixtureDay = '2026-11-25';

export const fixtureReport: VisitReport = {
  period: { from: fixtureDay, to: fixtureDay, days: 1 },
  totals: {
    visits: 40,
    selfService: 34,
    assisted: 6,
    medianVisitSeconds: 270,
    endedByIdle: { count: 10, share: 0.25 },
  },
  byHour,
  byDay: [{ day: fixtureDay, visits: 40 }],
  byLanguage: { ar: 31, en: 9 },
  byMode: { self: 34, assisted: 6 },
  byEndReason: { completed: 25, idle: 10, 'start-over': 4, 'crash-recovered': 1 },
  outcomes: {
    'registered-with-help': 3,
    'documents-missing': 1,
    'referred-to-desk': 1,
    'information-only': 1,
    other: 0,
  },
  guideFunnel: {
    started: 9,
    steps: [
      { stepId: 'get-ready', visits: 8 },
      { stepId: 'log-in', visits: 6 },
      { stepId: 'unified-file', visits: 4 },
      { stepId: 'add-dependents', visits: 3 },
      { stepId: 'housing-proof', visits: 3 },
      { stepId: 'enter-iban', visits: 2 },
      { stepId: 'consent-submit', visits: 2 },
      { stepId: 'results-payment', visits: 1 },
      { stepId: 'after-registering', visits: 1 },
    ],
    checklistCompleted: 2,
  },
  eligibilityBands: { 'likely-eligible': 4, 'may-be-eligible': 3, 'likely-not-eligible': 1 },
  topTopics: [
    { categoryId: 'payments', views: 21 },
    { categoryId: 'registering', views: 11 },
  ],
  topAnswers: [
    { entryId: 'payment-date', views: 14 },
    { entryId: 'amount-per-person', views: 6 },
    { entryId: 'retired-answer', views: 1 },
  ],
  helpfulness: [
    {
      entryId: 'payment-date',
      helpful: 5,
      notHelpful: 3,
      reasons: {
        'not-my-question': 2,
        'hard-to-understand': 0,
        'need-more-detail': 1,
        'information-wrong': 0,
      },
    },
  ],
  missingAnswers: [
    { text: 'دعم الكهرباء', lang: 'ar', count: 4 },
    { text: 'rent support', lang: 'en', count: 2 },
  ],
  tickets: {
    count: 7,
    served: 5,
    noShow: 1,
    calledBack: 0,
    waiting: 1,
    withCallback: 1,
    medianWaitSeconds: 420,
    p90WaitSeconds: 1_080,
  },
};

/** The same day with nobody at the kiosk. */
export const emptyReport: VisitReport = {
  ...fixtureReport,
  totals: {
    visits: 0,
    selfService: 0,
    assisted: 0,
    medianVisitSeconds: 0,
    endedByIdle: { count: 0, share: 0 },
  },
  byHour: Array.from({ length: 24 }, () => 0),
  byDay: [{ day: fixtureDay, visits: 0 }],
  byLanguage: { ar: 0, en: 0 },
  byMode: { self: 0, assisted: 0 },
  topTopics: [],
  topAnswers: [],
  helpfulness: [],
  missingAnswers: [],
  tickets: {
    ...fixtureReport.tickets,
    count: 0,
    served: 0,
    noShow: 0,
    waiting: 0,
    withCallback: 0,
  },
};
