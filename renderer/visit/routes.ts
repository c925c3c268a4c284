import type { QuestionId } from '../../core/eligibility/rules';
import type { VisitEventPayloads } from '../../core/visit/types';

/** The screens of a visit. Routes are state, not URLs: a reload always returns to attract. */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'faq-categories' }
  | { readonly name: 'faq-category'; readonly categoryId: string }
  /** The query lives in the route so Back from an answer returns to the same results. */
  | { readonly name: 'faq-search'; readonly query: string }
  | {
      readonly name: 'faq-answer';
      readonly entryId: string;
      /** How the citizen got there, when the screen before cannot tell (e.g. the guide). */
      readonly via?: VisitEventPayloads['faq-view']['via'];
    }
  | { readonly name: 'guide-start' }
  | { readonly name: 'guide-steps' }
  | { readonly name: 'guide-checklist' }
  | {
      readonly name: 'eligibility-question';
      readonly questionId: QuestionId;
      /**
       * Set when the question was opened with "Change" from the check-answers page: how many
       * screens above that page it is, so Continue can return there (the answers are not here).
       */
      readonly changeDepth?: number;
    }
  | { readonly name: 'eligibility-check-answers' }
  | { readonly name: 'eligibility-result' }
  | {
      readonly name: 'help-ticket';
      /** Where the citizen asked for a staff member (recorded with the ticket). */
      readonly from: VisitEventPayloads['help-request']['from'];
      /** `callback`: asking to be called back instead; otherwise the ticket (or taking one). */
      readonly view?: 'callback';
    };

/** The id a route's screen event carries, where it has one (never anything personal). */
export function routeRef(route: Route): string | undefined {
  switch (route.name) {
    case 'home':
    case 'faq-categories':
    case 'faq-search':
    case 'guide-start':
    case 'guide-steps':
    case 'guide-checklist':
    case 'eligibility-check-answers':
    case 'eligibility-result':
      return undefined;
    case 'faq-category':
      return route.categoryId;
    case 'faq-answer':
      return route.entryId;
    case 'eligibility-question':
      // Which follow-up questions were asked would reveal the answers: never recorded.
      return undefined;
    case 'help-ticket':
      return route.view;
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}

/** What makes two routes the same screen (used as a React key): unlike `routeRef`, never stored. */
export function routeIdentity(route: Route): string {
  return route.name === 'eligibility-question'
    ? `${route.name}:${route.questionId}`
    : `${route.name}:${routeRef(route) ?? ''}`;
}
