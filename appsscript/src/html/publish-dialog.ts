// The Publish dialog: the web-app URL for the site's ?data= parameter, and snapshot.json to download.
import { escapeHtml, scriptJson } from './escape-html';

export interface PublishInfo {
  /** The deployed web app's URL, or null when the script is not deployed as a web app yet. */
  readonly url: string | null;
  readonly json: string;
  readonly asOf: string;
  readonly reps: number;
  readonly kilobytes: number;
}

const STYLE = `body{font:14px/1.45 Arial,sans-serif;color:#202124;margin:0 4px}
code,input{font:13px monospace}input{width:100%;box-sizing:border-box;padding:6px}
button{margin:8px 8px 0 0;padding:6px 14px}p{margin:8px 0}.hint{color:#5f6368;font-size:12px}`;

export function publishDialogHtml(info: PublishInfo): string {
  const urlPart = info.url
    ? `<p>The site reads it from this web-app URL; put it in the site's <code>?data=</code> parameter:</p>
<input id="url" readonly value="${escapeHtml(info.url)}" aria-label="Web app URL">
<button id="copy" type="button">Copy URL</button>
<p class="hint">Site link: <code>https://YOUR-SITE/?data=${escapeHtml(encodeURIComponent(info.url))}</code></p>`
    : `<p><strong>The web app is not deployed yet,</strong> so the site cannot fetch it from here. In the
script editor choose Deploy → New deployment → Web app (execute as: Me; who has access: Anyone), then
publish again to see the URL. Or download the file below and host it beside the site.</p>`;
  return `<!DOCTYPE html><html><head><base target="_top"><style>${STYLE}</style></head><body>
<p>Published the leaderboard as of <strong>${escapeHtml(info.asOf)}</strong> (${info.reps} reps, ${info.kilobytes} kB). Only public fields are in it.</p>
${urlPart}
<p>Or host the snapshot as a file beside the site:</p>
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
