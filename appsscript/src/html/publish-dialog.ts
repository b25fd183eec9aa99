// The Publish dialog: the web-app URL for the site's ?data= parameter, if any, and snapshot.json.
import type { WebApp } from '../publish/web-app-url';
import { escapeHtml, scriptJson } from './escape-html';

export interface PublishInfo {
  /** The web app serving the stored snapshot: deployed, development mode only, or none (an add-on). */
  readonly webApp: WebApp;
  readonly json: string;
  readonly asOf: string;
  readonly reps: number;
  readonly kilobytes: number;
  /** Limits the publish came near, each said as a sentence (appsscript/src/publish/publication.ts). */
  readonly warnings?: readonly string[];
  /** What else was published (private pages), each a sentence. */
  readonly notes?: readonly string[];
}

const STYLE = `body{font:14px/1.45 Arial,sans-serif;color:#202124;margin:0 4px}
code,input{font:13px monospace}input{width:100%;box-sizing:border-box;padding:6px}
button{margin:8px 8px 0 0;padding:6px 14px}p{margin:8px 0}.hint{color:#5f6368;font-size:12px}`;

export function publishDialogHtml(info: PublishInfo): string {
  const size = `(${info.reps} reps, ${info.kilobytes} kB). Only public fields are in it.`;
  const app = info.webApp;
  const body =
    app.kind === 'deployed'
      ? `<p>Published the leaderboard as of <strong>${escapeHtml(info.asOf)}</strong> ${size}</p>
<p>The site reads it from this web-app URL; put it in the site's <code>?data=</code> parameter:</p>
<input id="url" readonly value="${escapeHtml(app.url)}" aria-label="Web app URL">
<button id="copy" type="button">Copy URL</button>
<p class="hint">Site link: <code>https://YOUR-SITE/?data=${escapeHtml(encodeURIComponent(app.url))}</code></p>
<p>Or host the snapshot as a file beside the site:</p>`
      : app.kind === 'dev-only'
        ? `<p>The leaderboard as of <strong>${escapeHtml(info.asOf)}</strong> is stored ${size}</p>
<p><strong>This script's web app is not deployed yet.</strong> Its only address is the test URL
ending in <code>/dev</code>, which opens only for people who can edit the script: a TV or a phone
cannot read it, so it is not shown here. Deploy the web app once:</p>
<ol>
<li>Choose <strong>Extensions → Apps Script</strong> (the script editor opens).</li>
<li>Click <strong>Deploy → New deployment</strong>; next to <em>Select type</em> click the gear and choose <strong>Web app</strong>.</li>
<li>Set <strong>Execute as: Me</strong> and <strong>Who has access: Anyone</strong>, then click <strong>Deploy</strong> and authorize.</li>
<li>Come back here and choose <strong>Publish leaderboard</strong> again: this dialog then shows the web-app URL (it ends in <code>/exec</code>) for the site.</li>
</ol>
<p>Meanwhile you can download the snapshot and host it beside the site:</p>`
        : `<p>The leaderboard as of <strong>${escapeHtml(info.asOf)}</strong> is ready ${size}</p>
<p><strong>No web app serves this script, so the snapshot was not published for the site to
fetch.</strong> Download snapshot.json and put it beside the site: the site reads the
snapshot.json beside it.</p>
<p class="hint">Running Bellringer as an add-on (installed, or from Test deployments)? Downloading
is how an add-on publishes: a web app is not part of an add-on install. In the workbook's own
bound script you can deploy one instead: in the script editor choose Deploy → New deployment →
Web app (execute as: Me; who has access: Anyone), then publish again to see its URL.</p>`;
  const warnings = [
    ...(info.notes ?? []).map((n) => `<p class="private">${escapeHtml(n)}</p>`),
    ...(info.warnings ?? []).map(
      (w) => `<p class="warn"><strong>Note:</strong> ${escapeHtml(w)}</p>`,
    ),
  ].join('\n');
  return `<!DOCTYPE html><html><head><base target="_top"><style>${STYLE}</style></head><body>
${body}
${warnings}
<button id="download" type="button">Download snapshot.json</button>
<button type="button" onclick="google.script.host.close()">Close</button>
<script type="application/json" id="snapshot">${scriptJson(info.json)}</script>
<script>
document.getElementById('download').addEventListener('click', function () {
  var text = JSON.parse(document.getElementById('snapshot').textContent);
  var a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  a.download = 'snapshot.json';
  document.body.appendChild(a); a.click(); a.remove();
});
var copy = document.getElementById('copy');
if (copy) copy.addEventListener('click', function () {
  var input = document.getElementById('url'); input.select();
  if (navigator.clipboard) navigator.clipboard.writeText(input.value); else document.execCommand('copy');
});
</script></body></html>`;
}
