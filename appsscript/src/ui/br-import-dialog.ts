// <br-import-dialog>: a CRM export (file or pasted tab) previewed, its open questions answered, then imported on confirm.
import { css, html, LitElement, nothing } from 'lit';
import type { ImportSource } from '../import/request';
import type { ImportPreview, ImportSources } from '../import/types';
import { closeDialog, serverCall } from './gas-run';
import { readExportFile } from './read-export-file';
import { addonStyles } from './styles';

export class BrImportDialog extends LitElement {
  static override properties = {
    sources: { attribute: false },
    preview: { attribute: false },
    done: { attribute: false },
    error: { attribute: false },
    busy: { attribute: false },
    mode: { attribute: false },
  };
  static override styles = [
    addonStyles,
    css`
      fieldset {
        border: 1px solid var(--br-border, #ccc);
        margin: 8px 0;
      }
      label {
        display: block;
        margin: 4px 0;
      }
      .scroll {
        overflow-x: auto;
        max-height: 180px;
      }
      table {
        border-collapse: collapse;
        font-size: 12px;
      }
      th,
      td {
        border: 1px solid var(--br-border, #ddd);
        padding: 2px 4px;
        white-space: nowrap;
        max-width: 160px;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .actions {
        margin-top: 12px;
      }
    `,
  ];

  sources: ImportSources | null = null;
  preview: ImportPreview | null = null;
  done: readonly string[] | null = null;
  error: string | null = null;
  busy = false;
  mode: 'append' | 'replace' | null = null;
  /** The export as last sent: sent again with the answers, and on confirm (the server keeps nothing). */
  private source: ImportSource | null = null;
  private answers = new Map<string, string>();

  override connectedCallback(): void {
    super.connectedCallback();
    serverCall<ImportSources>('getImportSources').then(
      (s) => {
        this.sources = s;
      },
      (e: Error) => {
        this.error = e.message;
      },
    );
  }

  private async run<T>(fn: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.error = null;
    try {
      return await fn();
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private request() {
    return {
      source: this.source,
      answers: [...this.answers].map(([key, value]) => ({ key, value })),
    };
  }

  private async read(event: Event): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const file = data.get('file');
    const tab = String(data.get('tab') ?? '');
    await this.run(async () => {
      this.source =
        file instanceof File && file.size > 0
          ? await readExportFile(file)
          : tab
            ? { kind: 'tab', tab }
            : null;
      if (!this.source)
        throw new Error('Choose an export file, or the tab where you pasted the export.');
      this.answers.clear();
      this.mode = null;
      this.preview = await serverCall<ImportPreview>('previewImport', this.request());
    });
  }

  private async answer(event: Event): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    for (const q of this.preview?.questions ?? []) {
      const value = String(data.get(q.key) ?? '');
      if (value) this.answers.set(q.key, value);
    }
    await this.run(async () => {
      this.preview = await serverCall<ImportPreview>('previewImport', this.request());
    });
  }

  private async confirm(): Promise<void> {
    await this.run(async () => {
      this.done = await serverCall<string[]>('confirmImport', this.request(), this.mode);
    });
  }

  private restart(): void {
    this.preview = null;
    this.source = null;
    this.answers.clear();
    this.mode = null;
    this.error = null;
  }

  private renderChoose() {
    const s = this.sources;
    return html`<form @submit=${(e: Event) => this.read(e)}>
      <label>Export file (CSV or .xlsx, up to ${s ? Math.round(s.maxUploadBytes / 1_000_000) : '…'} MB)
        <input type="file" name="file" accept=".csv,.txt,.tsv,.xlsx"></label>
      <label>or the tab where you pasted it
        <select name="tab"><option value="">—</option>${(s?.tabs ?? []).map((t) => html`<option value=${t}>${t}</option>`)}</select></label>
      <div class="actions"><button type="submit" ?disabled=${this.busy}>Read the export</button>
        <button type="button" @click=${closeDialog}>Close</button></div>
    </form>`;
  }

  private renderPreview(p: ImportPreview) {
    const ready = p.failure === null && p.questions.length === 0 && p.summary.length > 0;
    return html`<h2>${p.source}: ${p.rows} rows${p.preset ? html` · ${p.preset}` : nothing}</h2>
      <div class="scroll"><table>
        <thead><tr>${p.header.map((h) => html`<th>${h}</th>`)}</tr></thead>
        <tbody>${p.firstRows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
      </table></div>
      ${p.failure ? html`<p class="error" role="alert">${p.failure}</p>` : nothing}
      <h2>Proposed mapping</h2><ul>${p.proposal.map((l) => html`<li>${l}</li>`)}</ul>
      ${p.notes.length > 0 ? html`<h2>Notes</h2><ul>${p.notes.map((l) => html`<li>${l}</li>`)}</ul>` : nothing}
      ${p.questions.length > 0 ? this.renderQuestions(p) : nothing}
      ${ready ? this.renderConfirm(p) : nothing}
      <p><button type="button" class="link" @click=${() => this.restart()}>Choose another export</button></p>`;
  }

  private renderQuestions(p: ImportPreview) {
    return html`<form @submit=${(e: Event) => this.answer(e)}>
      <h2>Only you can answer these</h2>
      ${p.questions.map(
        (q) => html`<fieldset><legend>${q.text}</legend>
          ${q.choices.map(
            (c) =>
              html`<label><input type="radio" name=${q.key} value=${c.value} required> ${c.label}</label>`,
          )}</fieldset>`,
      )}
      <button type="submit" ?disabled=${this.busy}>Use these answers</button>
    </form>`;
  }

  private renderConfirm(p: ImportPreview) {
    const needsMode = p.tabRows > 0;
    return html`<h2>Importing into ${p.tab}</h2><ul>${p.summary.map((l) => html`<li>${l}</li>`)}</ul>
      ${p.newReps.length > 0 ? html`<p>New reps, added as private: ${p.newReps.join(', ')}.</p>` : nothing}
      ${
        needsMode
          ? html`<fieldset><legend>${p.tab} already has ${p.tabRows} rows. Rows you typed stay either way.</legend>
          <label><input type="radio" name="mode" @change=${() => (this.mode = 'append')}> Append: update the rows earlier imports wrote, add the new ones</label>
          <label><input type="radio" name="mode" @change=${() => (this.mode = 'replace')}> Replace: also remove the rows earlier imports wrote that this export no longer has</label></fieldset>`
          : nothing
      }
      <div class="actions"><button type="button" ?disabled=${this.busy || (needsMode && this.mode === null)} @click=${() => this.confirm()}>Import</button>
        <button type="button" @click=${closeDialog}>Cancel</button></div>`;
  }

  override render() {
    return html`${
      this.done
        ? html`<ul role="status">${this.done.map((l) => html`<li>${l}</li>`)}</ul>
          <button type="button" @click=${closeDialog}>Close</button>`
        : this.preview
          ? this.renderPreview(this.preview)
          : this.renderChoose()
    }
    ${this.busy ? html`<p class="muted">Working…</p>` : nothing}
    ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}`;
  }
}

customElements.define('br-import-dialog', BrImportDialog);
