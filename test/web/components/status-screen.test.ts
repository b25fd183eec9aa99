// @vitest-environment happy-dom
// The error screen: a "Try again" button on a phone or laptop; on a TV (kiosk) no button, it says it retries itself.
import { afterEach, describe, expect, it } from 'vitest';
import { type BrStatusScreen, retryText } from '../../../web/src/components/br-status-screen';
import '../../../web/src/components/br-status-screen';
import '../../../web/src/components/br-stamp';

async function mount<T extends HTMLElement>(tag: string, props: Record<string, unknown>) {
  const el = document.createElement(tag) as T & { updateComplete: Promise<boolean> };
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('br-status-screen', () => {
  const failed = {
    heading: 'The leaderboard data could not be loaded',
    reason: 'HTTP 500',
    retry: true,
  };

  it('offers a "Try again" button on a phone or laptop, which asks for a reload', async () => {
    const el = await mount<BrStatusScreen>('br-status-screen', failed);
    let asked = 0;
    el.addEventListener('br-retry', () => asked++);
    const button = el.shadowRoot!.querySelector('button');
    expect(button?.textContent).toBe('Try again');
    button!.click();
    expect(asked).toBe(1);
    expect(el.shadowRoot!.querySelector('.auto')).toBeNull();
  });

  it('on a TV shows no button and says how often it tries again', async () => {
    const el = await mount<BrStatusScreen>('br-status-screen', {
      ...failed,
      kiosk: true,
      retrySeconds: 60,
    });
    expect(el.shadowRoot!.querySelector('button')).toBeNull();
    expect(el.shadowRoot!.querySelector('.auto')?.textContent).toBe(
      'This screen tries again by itself every minute.',
    );
    expect(el.shadowRoot!.querySelector('.reason')?.textContent).toBe('HTTP 500');
  });

  it.each([
    [60, 'every minute'],
    [300, 'every 5 minutes'],
    [45, 'every 45 seconds'],
    [1, 'every second'],
    [0.3, 'every second'],
    [Number.NaN, 'every minute'],
  ])('retryText(%d) says "%s"', (seconds, every) => {
    expect(retryText(seconds)).toBe(`This screen tries again by itself ${every}.`);
  });
});

describe('br-stamp', () => {
  it('a republish shows as a calm note, with no warning style', async () => {
    const el = await mount('br-stamp', {
      stamp: {
        asOfMs: Date.parse('2026-11-20T09:00:00Z'),
        ageMinutes: 3,
        stale: false,
        warning: null,
        note: 'The leaderboard is being republished; trying again shortly.',
        timeZone: 'Europe/Berlin',
        dataDay: '2026-11-20',
        dataDaysOld: 0,
        refusedOlderMs: null,
      },
    });
    const p = el.shadowRoot!.querySelector('p')!;
    expect(p.dataset.stale).toBe('false');
    expect(p.textContent!.replace(/\s+/g, ' ').trim()).toMatch(
      /^Data of 20 Nov 2026 · published 20 Nov 2026, 10:00 AM GMT\+1 \(3 min ago\)\. The leaderboard is being republished; trying again shortly\.$/,
    );
  });
});
