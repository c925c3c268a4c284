/**
 * TEMPORARY, until the sync client's transport (hub address and kiosk token) joins this branch:
 * asks `GET /api/v1/content/latest` on the page's own origin, without a token, and answers in the
 * shape the transport's `fetchContent` will. The end-to-end test serves that address itself; a
 * kiosk with no hub gets a 404 here and simply keeps its content. Delete this file, and its two
 * uses in renderer/main.tsx, when the transport's `fetchContent` and reachability are wired in.
 */
import { err, ok } from '../../core/result';
import { hubPaths } from '../../core/sync/wire';
import type { ContentUpdatesDeps, FetchContent } from './contentUpdates';

const fetchContent: FetchContent = async (etag) => {
  const response = await fetch(hubPaths.content, {
    headers: etag ? { 'If-None-Match': etag } : {},
    cache: 'no-store',
  });
  if (response.status === 304) return ok({ kind: 'not-modified' });
  if (response.status === 204) return ok({ kind: 'none' });
  if (response.status !== 200) return err('http', `hub answered ${response.status}`);
  return ok({
    kind: 'bundle',
    etag: response.headers.get('ETag') ?? '',
    text: await response.text(),
  });
};

/** The temporary transport: same-origin fetch, and the browser's `online` event as "reachable". */
export function temporaryHubContent(): Pick<ContentUpdatesDeps, 'fetchContent' | 'onHubReachable'> {
  return {
    fetchContent,
    onHubReachable(listener) {
      window.addEventListener('online', listener);
      return () => window.removeEventListener('online', listener);
    },
  };
}
