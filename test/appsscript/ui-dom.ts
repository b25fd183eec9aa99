// DOM helpers for the add-on's Lit views under happy-dom: a fake google.script.run, mounting, text and queries through shadow roots.
import { expect } from 'vitest';
import type { TeamHealthData } from '../../appsscript/src/dashboard/toolkit-types';

export type Lit = HTMLElement & { updateComplete: Promise<boolean> };

export const HOSTILE = '<img src=x onerror="window.__pwned=1">';

/** google.script.run answering from `answers` by function name, recording each call. */
export function stubServer(answers: Record<string, (...args: unknown[]) => unknown>) {
  const calls: { name: string; args: unknown[] }[] = [];
  const runner = () => {
    let ok: (v: unknown) => void = () => undefined;
    let fail: (e: Error) => void = () => undefined;
    const r: Record<string, unknown> = {
      withSuccessHandler(fn: (v: unknown) => void) {
        ok = fn;
        return r;
      },
      withFailureHandler(fn: (e: Error) => void) {
        fail = fn;
        return r;
      },
    };
    for (const [name, answer] of Object.entries(answers)) {
      r[name] = (...args: unknown[]) => {
        calls.push({ name, args });
        queueMicrotask(() => {
          try {
            ok(answer(...args));
          } catch (e) {
            fail(e as Error);
          }
        });
      };
    }
    return r;
  };
  (globalThis as Record<string, unknown>).google = {
    script: {
      get run() {
        return runner();
      },
      host: { close: () => calls.push({ name: 'close', args: [] }) },
    },
  };
  return calls;
}

export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 0));
    const all = [el, ...deepQueryAll(el, '*')];
    for (const c of all) if ('updateComplete' in c) await (c as Lit).updateComplete;
  }
}

export async function mount(tag: string, props: Record<string, unknown> = {}): Promise<Lit> {
  const el = document.createElement(tag) as Lit;
  Object.assign(el, props);
  document.body.append(el);
  await settle(el);
  return el;
}

export function deepText(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.textContent;
    const root = (n as Element).shadowRoot;
    if (root) root.childNodes.forEach(walk);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return out.replace(/\s+/g, ' ');
}

export function deepQueryAll(node: Node, selector: string): Element[] {
  const out: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const start = (node as Element).shadowRoot ?? (node as ParentNode);
  walk(start);
  return out;
}

/** Team health with a hostile role title, shared by the dashboard and panel tests. */
export const health: TeamHealthData = {
  reps: 11,
  tiers: { A: 4, B: 5, C: 2, untiered: 0, inRamp: 1 },
  plans: { open: 1, proposed: 1, checkInsDue: 1, checkInsOverdue: 0 },
  coaching: { overdue: 1, followUpsDue: 4, followUpsOverdue: 1 },
  training: { due: 0, overdue: 15, completionPct: 69.7 },
  hiring: [
    {
      title: HOSTILE,
      stages: [
        { stage: 'sourced', count: 2 },
        { stage: 'offer', count: 1 },
      ],
      stalled: 1,
    },
  ],
};

/** Before each test: nothing injected yet. */
export function resetDom(): void {
  (window as unknown as Record<string, unknown>).__pwned = 0;
}

/** After each test: an empty page. */
export function clearDom(): void {
  document.body.replaceChildren();
}

/** No element came from server text and no handler in it ran. */
export function expectNoInjectedElement(el: Element): void {
  expect(deepQueryAll(el, 'img')).toEqual([]);
  expect((window as unknown as Record<string, unknown>).__pwned).toBe(0);
}
