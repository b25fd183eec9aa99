// The shape every benchmark part returns to cli/bench.ts.

export interface BenchOutcome {
  /** Human-readable lines, printed first. */
  readonly lines: readonly string[];
  /** One JSON object, printed on its own line after all human lines (the engine's is the last line). */
  readonly json: Readonly<Record<string, string | number | boolean | null>>;
}

export interface BenchPart {
  readonly name: string;
  /** `script` is the running bench entry file, for parts that re-run it in a child process. */
  run(script?: string): Promise<BenchOutcome>;
}
