// Which web app serves this script: deployed (/exec), development mode only (/dev), or none.

/**
 * Which web app serves this script. ScriptApp.getService().getUrl() answers null without a
 * deployment, and the development-mode URL when only that exists
 * (https://developers.google.com/apps-script/reference/script/service#getUrl()): it ends in `/dev`
 * and opens only for people who can edit the script
 * (https://developers.google.com/apps-script/guides/web#test_a_web_app_deployment), so a TV or a
 * phone cannot read it. Only a deployed `/exec` URL is handed out.
 */
export type WebApp =
  | { readonly kind: 'deployed'; readonly url: string }
  | { readonly kind: 'dev-only'; readonly url: string }
  | { readonly kind: 'none' };

export function classifyWebAppUrl(url: string | null): WebApp {
  if (!url) return { kind: 'none' };
  const path = url.split(/[?#]/)[0] ?? '';
  if (/\/dev\/?$/.test(path)) return { kind: 'dev-only', url };
  return { kind: 'deployed', url };
}

export function webApp(): WebApp {
  try {
    return classifyWebAppUrl(ScriptApp.getService().getUrl() || null);
  } catch {
    return { kind: 'none' };
  }
}
