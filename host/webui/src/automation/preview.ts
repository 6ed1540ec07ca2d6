// The live preview contract (API-NEEDS.md, GET /api/automations/preview): one node per condition block,
// mirroring the condition tree, so a block finds its node by walking the same path.

export type Truth = 'true' | 'false' | 'unknown';

export interface PreviewInput {
  input: string;
  sign: '+' | '-';
  /** null when the input is invalid (device not answering). */
  value: number | null;
  valid?: boolean;
  /** When the input had its last value (ISO UTC); null when it never had one since the gateway started. */
  last_valid?: string | null;
}

export interface PreviewNode {
  state: Truth;
  /** Why the block is what it is, in words ("ir.left.P = 10.6 kW is above the on edge 10.5 kW"). */
  reason?: string | null;
  children?: PreviewNode[];
  child?: PreviewNode;
  // compare only:
  inputs?: PreviewInput[];
  sum?: number | null;
  on_at?: number | null;
  off_at?: number | null;
  band?: 'above' | 'inside' | 'below' | 'unknown';
  /** The hysteresis latch: the result last decided inside the band. */
  latched?: Truth;
  /** Seconds left before a "for" timer lets the block turn true. */
  for_remaining?: number | null;
}

export interface PreviewAutomation {
  index: number;
  name: string;
  enabled: boolean;
  state: Truth;
  effective?: Truth;
  /** Seconds left of a min on / min off hold. */
  hold_remaining?: number | null;
  reason?: string;
  /** The branch whose actions ran last (on a change, or every second in continuous mode); null before any result. */
  branch?: 'on_true' | 'on_false' | null;
  /** Seconds since that branch ran (0 in continuous mode). */
  branch_ran_ago?: number | null;
  condition: PreviewNode;
}

export interface Preview {
  running: boolean;
  tick?: number;
  image_hash?: string | null;
  automations: PreviewAutomation[];
}

/** The preview node for a block path inside one automation's condition ("" = the root). */
export function nodeAt(root: PreviewNode | undefined, steps: number[]): PreviewNode | undefined {
  let node = root;
  for (const step of steps) {
    if (!node) return undefined;
    node = node.children ? node.children[step] : step === 0 ? node.child : undefined;
  }
  return node;
}
