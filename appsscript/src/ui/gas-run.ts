// Promise wrapper over google.script.run, the only way the sidebar and dialog reach the server.

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [fn: string]: unknown;
}

declare const google: { script: { run: ScriptRun; host: { close(): void } } };

/** Calls a top-level server function by name. Rejects with the server's error message. */
export function serverCall<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String(e))));
    const fn = runner[name];
    if (typeof fn !== 'function') reject(new Error(`Unknown server function ${name}`));
    else (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

export function closeDialog(): void {
  google.script.host.close();
}
