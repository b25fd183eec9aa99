// The org page's team loading: a team that cannot be loaded gets the org page's advice, not the team site's.
import { describe, expect, it } from 'vitest';
import { loadTeams } from '../../../web/src/org/load';

const deps = (status: number) => ({
  fetch: async () => new Response('missing', { status }),
  pageHref: 'https://example.test/org.html',
  allowed: [],
  cache: null,
  now: () => 0,
});

describe('loadTeams', () => {
  it('after a 404 points at the org config (org.json or ?org=), never at ?data=', async () => {
    const [team] = await loadTeams([{ name: 'North', url: 'teams/north.json' }], deps(404));
    expect(team).toMatchObject({ name: 'North', ok: false });
    const reason = team!.ok ? '' : team!.reason;
    expect(reason).toContain(
      'No snapshot was found at https://example.test/teams/north.json (404).',
    );
    expect(reason).toContain('org.json');
    expect(reason).toContain('?org=');
    expect(reason).not.toContain('?data=');
  });

  it('keeps the reason of other failures as the loader wrote it', async () => {
    const [team] = await loadTeams([{ name: 'North', url: 'teams/north.json' }], deps(500));
    expect(team!.ok ? '' : team!.reason).toContain('HTTP 500');
  });
});
