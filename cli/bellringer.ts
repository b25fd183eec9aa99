// The `bellringer` executable: runs main() with the process's arguments, streams and clock.
import { processIo } from './errors';
import { main } from './main';

main(process.argv.slice(2), processIo).then(
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
