// doGet: the latest published snapshot as JSON, for a site on any origin.
import { loadSnapshot } from '../publish/snapshot-store';

type TextOutput = GoogleAppsScript.Content.TextOutput;

function json(body: string): TextOutput {
  return ContentService.createTextOutput(body).setMimeType(ContentService.MimeType.JSON);
}

/** Web app entry. Never throws: a failure is a JSON error the site can show. */
export function doGet(): TextOutput {
  try {
    const snapshot = loadSnapshot();
    if (snapshot) return json(snapshot.json);
    return json(
      JSON.stringify({
        error: 'not_published',
        message:
          'No leaderboard has been published yet. In the team workbook choose Extensions → Bellringer → Publish leaderboard.',
      }),
    );
  } catch (error) {
    return json(
      JSON.stringify({
        error: 'unavailable',
        message: `The published leaderboard could not be read (${error instanceof Error ? error.message : String(error)}). Publish it again from the workbook.`,
      }),
    );
  }
}
