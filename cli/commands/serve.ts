// `bellringer serve <out>`: the leaderboard site on 127.0.0.1 with a folder `build` wrote, to preview your own workbook's board.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, type Io } from '../errors';

export const SERVE_HELP = `bellringer serve <out folder> [--port N]
  Serves the leaderboard site on http://127.0.0.1 with the snapshot that "bellringer build --out
  <out folder>" wrote (<out>/site/snapshot.json, its parts, private pages and badges), until
  Ctrl+C. Builds the site into dist/web first when it is missing.
  --port  the port (default: PORT, else 4173; another free one when taken)`;

/** What `serve` hands to the server (cli/serve.ts serveStartSite, the one `start` uses). */
export interface ServeContext {
  readonly siteDir: string;
  readonly snapshotPath: string;
  readonly port: number | null;
  readonly io: Io;
}

export type ServeHook = (context: ServeContext) => Promise<void>;

export async function serveCommand(args: string[], io: Io, serve?: ServeHook): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { port: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  const [out, ...extra] = positionals;
  if (out === undefined || extra.length > 0)
    throw new CliError('serve needs one folder: the --out folder of "bellringer build"', 2);
  const port = values.port === undefined ? null : Number(values.port);
  if (port !== null && !(Number.isInteger(port) && port >= 0 && port < 65536))
    throw new CliError(`--port must be a port number, got "${values.port}"`, 2);
  const siteDir = join(resolve(out), 'site');
  const snapshotPath = join(siteDir, 'snapshot.json');
  if (!existsSync(snapshotPath))
    throw new CliError(
      `${snapshotPath} does not exist: run "bellringer build --input <workbook> --out ${out}" first.`,
    );
  if (!serve) throw new CliError('serve is only available from the bellringer executable.');
  await serve({ siteDir, snapshotPath, port, io });
  return 0;
}
