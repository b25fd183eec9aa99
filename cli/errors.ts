// A failure the CLI reports as one line and an exit code, instead of a stack trace.

/** 2 = the command line is wrong; 1 = the input cannot be read or written; 3 = an import has questions to answer. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 | 3 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};
