// The live preview (API-NEEDS.md §2.3, GET /api/automations/preview): one node per condition block,
// mirroring the condition tree, so a block finds its node by walking the same path.

// The shapes are the gateway's (api.gen.ts, from its OpenAPI document); only the block lookup lives here.
import type { PreviewAutomation, PreviewInput, PreviewNode, PreviewResponse as Preview } from '../api.gen';

export type { Preview, PreviewAutomation, PreviewInput, PreviewNode };

/** The preview node for a block path inside one automation's condition ("" = the root). */
export function nodeAt(root: PreviewNode | undefined, steps: number[]): PreviewNode | undefined {
  let node = root;
  for (const step of steps) {
    if (!node) return undefined;
    node = node.children ? node.children[step] : step === 0 ? node.child ?? undefined : undefined;
  }
  return node;
}
