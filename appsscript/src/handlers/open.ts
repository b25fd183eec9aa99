// onOpen / onInstall: build the Extensions → Bellringer menu. Runs in AuthMode.NONE, so it touches nothing else.
import { MENU } from '../menu';

/** Simple trigger; needs no authorization: it only reads MENU and calls the UI's menu builder. */
export function onOpen(_e?: unknown): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.caption, item.handler);
  }
  menu.addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}
