// The `bellringer` executable: runs main() with the process's arguments, streams and clock.
import { processIo } from './errors';
import { main } from './main';
// The site step of `npm start` (serve dist/web with the demo snapshot): owned by the site, see cli/serve.ts.
import { serveStartSite } from './serve';

main(process.argv.slice(2), processIo, {
  startHooks: { afterBuild: serveStartSite },
  serve: (ctx) =>
    serveStartSite({
      snapshotPath: ctx.snapshotPath,
      io: ctx.io,
      force: true,
      ...(ctx.port === null ? {} : { port: ctx.port }),
    }),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bellringer: unexpected failure: ${(error as Error)?.stack ?? String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
