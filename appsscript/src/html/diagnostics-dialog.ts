// The Diagnostics dialog: the report as selectable text with a Copy button, for a support request.
import { escapeHtml } from './escape-html';

const STYLE = `body{font:14px/1.45 Arial,sans-serif;color:#202124;margin:0 4px}
textarea{width:100%;box-sizing:border-box;height:380px;font:12px/1.4 monospace;white-space:pre}
button{margin:8px 8px 0 0;padding:6px 14px}p{margin:8px 0}`;

export function diagnosticsDialogHtml(report: string): string {
  return `<!DOCTYPE html><html><head><base target="_top"><style>${STYLE}</style></head><body>
<p>Measured on this workbook just now. Copy it into a support request as it is: it holds sizes and
times only, no names or figures from your tabs.</p>
<textarea id="report" readonly aria-label="Diagnostics report">${escapeHtml(report)}</textarea>
<button id="copy" type="button">Copy</button>
<button type="button" onclick="google.script.host.close()">Close</button>
<script>
document.getElementById('copy').addEventListener('click', function () {
  var t = document.getElementById('report'); t.select();
  if (navigator.clipboard) navigator.clipboard.writeText(t.value); else document.execCommand('copy');
});
</script></body></html>`;
}
