// The CLI's entry logic: pick the command, run it, turn failures into one line and an exit code.
import { BUILD_HELP, buildCommand } from './commands/build';
import { DEMO_HELP, demoCommand } from './commands/demo';
import { IMPORT_HELP, importCommand } from './commands/import';
import { IMPORT_MAVEN_HELP, importMavenCommand } from './commands/import-maven';
import { SERVE_HELP, type ServeHook, serveCommand } from './commands/serve';
import { START_HELP, type StartHooks, startCommand } from './commands/start';
import { CliError, type Io } from './errors';

export const HELP = `Bellringer: gamified sales performance over a team workbook.

Usage: bellringer <command> [options]

Commands:
${[START_HELP, BUILD_HELP, SERVE_HELP, DEMO_HELP, IMPORT_HELP, IMPORT_MAVEN_HELP].map((h) => `  ${h.replace(/\n/g, '\n  ')}`).join('\n\n')}

Run "bellringer <command> --help" for one command.`;

type Command = (args: string[], io: Io, now: Date) => Promise<number>;

export interface MainOptions {
  readonly now?: Date;
  readonly startHooks?: StartHooks;
  /** Serves a built folder (`bellringer serve`); the executable passes cli/serve.ts's server. */
  readonly serve?: ServeHook;
}

/** Returns the exit code: 0 ran (even with data issues), 1 input/output failure, 2 bad command line. */
export async function main(argv: string[], io: Io, options: MainOptions = {}): Promise<number> {
  // The real clock is read here, once, and handed down.
  const now = options.now ?? new Date();
  const commands: Record<string, { run: Command; help: string }> = {
    start: { run: (a, i, n) => startCommand(a, i, n, options.startHooks), help: START_HELP },
    build: { run: buildCommand, help: BUILD_HELP },
    serve: { run: (a, i) => serveCommand(a, i, options.serve), help: SERVE_HELP },
    demo: { run: demoCommand, help: DEMO_HELP },
    import: { run: importCommand, help: IMPORT_HELP },
    'import-maven': { run: importMavenCommand, help: IMPORT_MAVEN_HELP },
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`bellringer: unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io, now);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`bellringer ${name}: ${error.message}`);
      return error.exitCode;
    }
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(
        `bellringer ${name}: ${(error as Error).message.split('\n')[0]} (see "bellringer ${name} --help")`,
      );
      return 2;
    }
    throw error;
  }
}
