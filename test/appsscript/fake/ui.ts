// Fakes of SpreadsheetApp.getUi() and HtmlService: menus, alerts, prompts, sidebars and dialogs.
import type { Recorder } from './recorder';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

export interface FakeMenu {
  readonly items: (MenuItem | 'separator')[];
  addItem(caption: string, functionName: string): FakeMenu;
  addSeparator(): FakeMenu;
  addToUi(): void;
}

export class FakeHtmlOutput {
  title = '';
  width = 0;
  height = 0;
  constructor(
    readonly content: string,
    readonly fileName?: string,
  ) {}
  setTitle(t: string): this {
    this.title = t;
    return this;
  }
  setWidth(w: number): this {
    this.width = w;
    return this;
  }
  setHeight(h: number): this {
    this.height = h;
    return this;
  }
  getContent(): string {
    return this.content;
  }
}

export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly menus: { name: string; items: FakeMenu['items'] }[] = [];
  readonly alerts: { title: string; message: string; buttons: string }[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { output: FakeHtmlOutput; title: string }[] = [];
  /** Answers for the next alerts asking a question (YES_NO...), first in first out; default YES. */
  readonly answers: string[] = [];

  constructor(private readonly recorder: Recorder) {}

  private rec(method: string): void {
    this.recorder.record({ service: 'Ui', method });
  }

  createAddonMenu(): FakeMenu {
    this.rec('createAddonMenu');
    const items: FakeMenu['items'] = [];
    const menu: FakeMenu = {
      items,
      addItem: (caption, functionName) => {
        this.rec('addItem');
        items.push({ caption, functionName });
        return menu;
      },
      addSeparator: () => {
        this.rec('addSeparator');
        items.push('separator');
        return menu;
      },
      addToUi: () => {
        this.rec('addToUi');
        this.menus.push({ name: 'addon', items });
      },
    };
    return menu;
  }

  alert(a: string, b?: string, c?: string): string {
    this.rec('alert');
    // alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons)
    let title = '';
    let message = a;
    let buttons: string = ButtonSet.OK;
    if (c !== undefined) {
      title = a;
      message = b ?? '';
      buttons = c;
    } else if (b !== undefined) {
      if (b in ButtonSet) buttons = b;
      else {
        title = a;
        message = b;
      }
    }
    this.alerts.push({ title, message, buttons });
    if (buttons === ButtonSet.OK) return Button.OK;
    return this.answers.shift() ?? Button.YES;
  }

  /** Answers for the next prompts, first in first out; with none queued, the person closed the prompt. */
  readonly promptAnswers: { button: string; text: string }[] = [];
  readonly prompts: { title: string; message: string; buttons: string }[] = [];

  /**
   * https://developers.google.com/apps-script/reference/base/ui#prompt(String,String,ButtonSet):
   * prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons); the answer is a
   * PromptResponse (getResponseText, getSelectedButton), CLOSE when the dialog was closed.
   * https://developers.google.com/apps-script/reference/base/prompt-response
   */
  prompt(a: string, b?: string, c?: string) {
    this.rec('prompt');
    let title = '';
    let message = a;
    let buttons: string = ButtonSet.OK;
    if (c !== undefined) {
      title = a;
      message = b ?? '';
      buttons = c;
    } else if (b !== undefined) {
      if (b in ButtonSet) buttons = b;
      else {
        title = a;
        message = b;
      }
    }
    this.prompts.push({ title, message, buttons });
    const answer = this.promptAnswers.shift() ?? { button: Button.CLOSE, text: '' };
    return {
      getResponseText: () => answer.text,
      getSelectedButton: () => answer.button,
    };
  }

  showSidebar(output: FakeHtmlOutput): void {
    this.rec('showSidebar');
    this.sidebars.push(output);
  }

  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.rec('showModalDialog');
    this.dialogs.push({ output, title });
  }
}

export function createHtmlService(recorder: Recorder, files: Record<string, string>) {
  return {
    createHtmlOutputFromFile(name: string): FakeHtmlOutput {
      recorder.record({ service: 'HtmlService', method: 'createHtmlOutputFromFile' });
      const content = files[name];
      if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
      return new FakeHtmlOutput(content, name);
    },
    createHtmlOutput(html = ''): FakeHtmlOutput {
      recorder.record({ service: 'HtmlService', method: 'createHtmlOutput' });
      return new FakeHtmlOutput(html);
    },
  };
}
