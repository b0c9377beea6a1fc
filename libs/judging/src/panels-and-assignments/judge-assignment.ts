import type { Localized } from '@app/common';
/**
 * Automatic assignment of judges to a round's entrants as a minimum-cost flow:
 *   source -> entrant (capacity: judges still needed) -> judge (capacity 1, unless conflicted or already
 *   assigned) -> sink.
 * Balance is exact: the T assignments of the round (existing ones included) give every judge floor(T/J) or
 * ceil(T/J). Each judge's sink edge is split in two: floor(T/J) units at a large negative cost, which a
 * minimum-cost flow fills wherever that is possible at all, and one more unit at no cost for the remainder.
 * Among the balanced assignments the cheapest wins: a judge with expertise in the entrant's industry costs
 * nothing, one without costs 1000, and a seeded jitter (0-999) makes the choice among equals depend on the
 * seed alone, never on input order.
 */
export interface AssignmentEntrant {
  id: string;
  industryCode: string;
  /** Judges already assigned (kept). */
  assigned: string[];
}

export interface AssignmentJudge {
  id: string;
  expertise: string[];
}

export interface AssignmentInput {
  entrants: AssignmentEntrant[];
  judges: AssignmentJudge[];
  /** `${judgeId}:${entrantId}` for every conflict of interest. */
  conflicts: Set<string>;
  judgesPerEntrant: number;
  seed: number;
}

export type AssignmentOutcome =
  | {
      ok: true;
      assignments: { entrantId: string; judgeId: string; expert: boolean }[];
      loads: Record<string, number>;
    }
  | { ok: false; reason: Localized };

const NON_EXPERT_COST = 1000;
const JITTER = 1000;

export const conflictKey = (judgeId: string, entrantId: string) => `${judgeId}:${entrantId}`;

/** FNV-1a over the seed and the pair: the same pair and seed always jitter alike. */
function jitter(seed: number, judgeId: string, entrantId: string): number {
  let h = 0x811c9dc5 ^ seed;
  const text = `${judgeId}|${entrantId}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % JITTER;
}

interface Edge {
  to: number;
  capacity: number;
  cost: number;
  /** Index of the reverse edge in graph[to]. */
  reverse: number;
}

class FlowGraph {
  readonly edges: Edge[][];
  constructor(size: number) {
    this.edges = Array.from({ length: size }, () => []);
  }

  add(from: number, to: number, capacity: number, cost: number): void {
    if (capacity <= 0) return;
    this.edges[from].push({ to, capacity, cost, reverse: this.edges[to].length });
    this.edges[to].push({ to: from, capacity: 0, cost: -cost, reverse: this.edges[from].length - 1 });
  }

  /** Successive shortest paths (Bellman-Ford queue, as costs are negative): returns the flow sent. */
  minCostFlow(source: number, sink: number): number {
    const size = this.edges.length;
    let flow = 0;
    for (;;) {
      const distance = new Array<number>(size).fill(Number.POSITIVE_INFINITY);
      const previous = new Array<[number, number] | null>(size).fill(null);
      const queued = new Array<boolean>(size).fill(false);
      distance[source] = 0;
      const queue = [source];
      queued[source] = true;
      for (let head = 0; head < queue.length; head++) {
        const u = queue[head];
        queued[u] = false;
        this.edges[u].forEach((e, i) => {
          if (e.capacity > 0 && distance[u] + e.cost < distance[e.to]) {
            distance[e.to] = distance[u] + e.cost;
            previous[e.to] = [u, i];
            if (!queued[e.to]) {
              queued[e.to] = true;
              queue.push(e.to);
            }
          }
        });
      }
      if (distance[sink] === Number.POSITIVE_INFINITY) return flow;
      let push = Number.POSITIVE_INFINITY;
      for (let v = sink; v !== source;) {
        const [u, i] = previous[v] as [number, number];
        push = Math.min(push, this.edges[u][i].capacity);
        v = u;
      }
      for (let v = sink; v !== source;) {
        const [u, i] = previous[v] as [number, number];
        const e = this.edges[u][i];
        e.capacity -= push;
        this.edges[v][e.reverse].capacity += push;
        v = u;
      }
      flow += push;
    }
  }
}

export function assignJudges(input: AssignmentInput): AssignmentOutcome {
  const k = input.judgesPerEntrant;
  const entrants = [...input.entrants].sort((a, b) => (a.id < b.id ? -1 : 1));
  const judges = [...input.judges].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (judges.length < k)
    return {
      ok: false,
      reason: {
        en: `${k} judges per entrant need at least ${k} judges`,
        zh: `每名参评者 ${k} 名评审，至少需要 ${k} 名评审`,
      },
    };
  const judgeIndex = new Map(judges.map((j, i) => [j.id, i]));
  const existing = new Array<number>(judges.length).fill(0);
  for (const e of entrants) {
    if (e.assigned.length > k)
      return {
        ok: false,
        reason: {
          en: `entrant ${e.id} already has more than ${k} judges`,
          zh: `参评者 ${e.id} 已有超过 ${k} 名评审`,
        },
      };
    for (const j of e.assigned) {
      const at = judgeIndex.get(j);
      if (at === undefined)
        return {
          ok: false,
          reason: {
            en: `judge ${j} is assigned but not on the panel`,
            zh: `评审 ${j} 已被分配但不在评审团中`,
          },
        };
      existing[at]++;
    }
  }
  const total = entrants.length * k;
  const low = Math.floor(total / judges.length);
  const high = Math.ceil(total / judges.length);
  const overloaded = judges.filter((_, i) => existing[i] > high).map((j) => j.id);
  if (overloaded.length > 0) {
    return {
      ok: false,
      reason: {
        en: `judges ${overloaded.join(', ')} already have more than ${high} assignments`,
        zh: `评审 ${overloaded.join('、')} 已有超过 ${high} 项任务`,
      },
    };
  }

  const source = 0;
  const entrantNode = (i: number) => 1 + i;
  const judgeNode = (i: number) => 1 + entrants.length + i;
  const sink = 1 + entrants.length + judges.length;
  const graph = new FlowGraph(sink + 1);
  const big = (NON_EXPERT_COST + JITTER) * (total + 1);
  const pairEdge = new Map<string, [number, number]>();
  entrants.forEach((e, ei) => {
    graph.add(source, entrantNode(ei), k - e.assigned.length, 0);
    const taken = new Set(e.assigned);
    judges.forEach((j, ji) => {
      if (taken.has(j.id) || input.conflicts.has(conflictKey(j.id, e.id))) return;
      const cost =
        (j.expertise.includes(e.industryCode) ? 0 : NON_EXPERT_COST) + jitter(input.seed, j.id, e.id);
      pairEdge.set(`${ei}:${ji}`, [entrantNode(ei), graph.edges[entrantNode(ei)].length]);
      graph.add(entrantNode(ei), judgeNode(ji), 1, cost);
    });
  });
  judges.forEach((_, ji) => {
    graph.add(judgeNode(ji), sink, low - existing[ji], -big);
    graph.add(judgeNode(ji), sink, high - Math.max(low, existing[ji]), 0);
  });
  const needed = entrants.reduce((s, e) => s + k - e.assigned.length, 0);
  const sent = graph.minCostFlow(source, sink);

  const loads = [...existing];
  const assignments: { entrantId: string; judgeId: string; expert: boolean }[] = [];
  entrants.forEach((e, ei) => {
    judges.forEach((j, ji) => {
      const at = pairEdge.get(`${ei}:${ji}`);
      if (!at || graph.edges[at[0]][at[1]].capacity > 0) return;
      loads[ji]++;
      assignments.push({ entrantId: e.id, judgeId: j.id, expert: j.expertise.includes(e.industryCode) });
    });
  });
  if (sent < needed) {
    const short = entrants.filter(
      (e) => e.assigned.length + assignments.filter((a) => a.entrantId === e.id).length < k,
    );
    return {
      ok: false,
      reason: {
        en: `no balanced assignment gives every entrant ${k} unconflicted judges (short: ${short
          .map((e) => e.id)
          .join(', ')})`,
        zh: `没有均衡的分配能让每名参评者都有 ${k} 名无利益冲突的评审（不足：${short.map((e) => e.id).join('、')}）`,
      },
    };
  }
  const under = judges.filter((_, ji) => loads[ji] < low).map((j) => j.id);
  if (under.length > 0) {
    return {
      ok: false,
      reason: {
        en: `loads cannot differ by at most one: judges ${under.join(', ')} are conflicted with too many entrants`,
        zh: `无法使任务量相差不超过一：评审 ${under.join('、')} 与过多参评者存在利益冲突`,
      },
    };
  }
  return { ok: true, assignments, loads: Object.fromEntries(judges.map((j, ji) => [j.id, loads[ji]])) };
}
