/**
 * What a page's JavaScript heap still holds: a snapshot after garbage collection (Chromium's
 * DevTools protocol), and the chain of objects keeping a string alive, so a failure says why.
 */
import type { Page } from '@playwright/test';

export type HeapSnapshot = {
  snapshot: {
    meta: { node_fields: string[]; edge_fields: string[]; node_types: unknown[][] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
};

export async function heapSnapshot(page: Page): Promise<HeapSnapshot> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.enable');
  for (let round = 0; round < 3; round += 1) await session.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await session.detach();
  return JSON.parse(chunks.join('')) as HeapSnapshot;
}

/**
 * For each heap string containing `marker`, the chain of objects holding it (shortest first
 * found, up to 12 steps), so a failure says what keeps it alive.
 */
export function retainersOf(heap: HeapSnapshot, marker: string): string[] {
  const {
    node_fields: nodeFields,
    edge_fields: edgeFields,
    node_types: nodeTypes,
  } = heap.snapshot.meta;
  const nodeSize = nodeFields.length;
  const edgeSize = edgeFields.length;
  const nameField = nodeFields.indexOf('name');
  const typeField = nodeFields.indexOf('type');
  const edgeCountField = nodeFields.indexOf('edge_count');
  const edgeNameField = edgeFields.indexOf('name_or_index');
  const edgeTypeField = edgeFields.indexOf('type');
  const edgeToField = edgeFields.indexOf('to_node');
  const typeNames = nodeTypes[0] as string[];
  const edgeTypeNames = (heap.snapshot.meta as unknown as { edge_types: string[][] })
    .edge_types[0] as string[];
  const nodeCount = heap.nodes.length / nodeSize;
  const retainers = new Map<number, { from: number; edge: string }[]>();
  let edgeIndex = 0;
  for (let node = 0; node < nodeCount; node += 1) {
    const count = heap.nodes[node * nodeSize + edgeCountField] ?? 0;
    for (let edge = 0; edge < count; edge += 1, edgeIndex += edgeSize) {
      const to = (heap.edges[edgeIndex + edgeToField] ?? 0) / nodeSize;
      const type = edgeTypeNames[heap.edges[edgeIndex + edgeTypeField] ?? 0] ?? '';
      if (type === 'weak') continue;
      const nameOrIndex = heap.edges[edgeIndex + edgeNameField] ?? 0;
      const name =
        type === 'element' || type === 'hidden' ? `[${nameOrIndex}]` : heap.strings[nameOrIndex];
      const list = retainers.get(to) ?? [];
      list.push({ from: node, edge: name ?? '?' });
      retainers.set(to, list);
    }
  }
  const describe = (node: number) => {
    const type = typeNames[heap.nodes[node * nodeSize + typeField] ?? 0] ?? '?';
    const name = heap.strings[heap.nodes[node * nodeSize + nameField] ?? 0] ?? '';
    return `${type}:${name.slice(0, 40)}`;
  };
  const found: string[] = [];
  for (let node = 0; node < nodeCount; node += 1) {
    const type = typeNames[heap.nodes[node * nodeSize + typeField] ?? 0];
    if (type !== 'string' && type !== 'concatenated string' && type !== 'sliced string') continue;
    const name = heap.strings[heap.nodes[node * nodeSize + nameField] ?? 0] ?? '';
    if (!name.includes(marker)) continue;
    // Breadth-first towards a root, to show one retaining path.
    const seen = new Map<number, { from: number; edge: string } | undefined>([[node, undefined]]);
    let frontier = [node];
    let end = node;
    for (let depth = 0; depth < 12 && frontier.length > 0; depth += 1) {
      const next: number[] = [];
      for (const current of frontier) {
        for (const retainer of retainers.get(current) ?? []) {
          if (seen.has(retainer.from)) continue;
          seen.set(retainer.from, { from: current, edge: retainer.edge });
          next.push(retainer.from);
          end = retainer.from;
        }
      }
      frontier = next;
    }
    const path: string[] = [];
    for (let at: number | undefined = end; at !== undefined;) {
      const step = seen.get(at);
      path.push(step ? `${describe(at)} -${step.edge}->` : describe(at));
      at = step?.from;
    }
    found.push(`${JSON.stringify(name.slice(0, 60))} held by: ${path.join(' ')}`);
  }
  return found;
}
