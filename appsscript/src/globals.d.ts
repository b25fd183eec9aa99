// Apps Script's global services (SpreadsheetApp, HtmlService...) for every program that compiles appsscript/src.
/// <reference types="google-apps-script" />
