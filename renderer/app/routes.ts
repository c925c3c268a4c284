/** The screens of a visit. Routes are state, not URLs: a reload always returns to attract. */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'faq-categories' }
  | { readonly name: 'faq-category'; readonly categoryId: string }
  | { readonly name: 'faq-answer'; readonly entryId: string };

/** The id a route's screen event carries, where it has one. */
export function routeRef(route: Route): string | undefined {
  switch (route.name) {
    case 'home':
    case 'faq-categories':
      return undefined;
    case 'faq-category':
      return route.categoryId;
    case 'faq-answer':
      return route.entryId;
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}
