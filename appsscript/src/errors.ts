// Failures the manager can act on: what went wrong and what to do next, shown as one alert.

export class UserError extends Error {
  constructor(
    message: string,
    /** What the manager should do next, in one or two sentences. */
    readonly next: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Another run holds the lock. */
export class BusyError extends UserError {}

/**
 * A run that failed part way, with an honest account of what it left (written by the code that
 * knows: e.g. the output swap). Shown like any failure ("… failed" in the title), with its own words.
 */
export class RunFailure extends UserError {}

export interface AlertText {
  readonly title: string;
  readonly message: string;
}

/** Turns any failure into an alert: UserErrors as written, anything else with a generic next step. */
export function alertFor(action: string, error: unknown): AlertText {
  if (error instanceof UserError) {
    return {
      title: error instanceof RunFailure ? `Bellringer: ${action} failed` : `Bellringer: ${action}`,
      message: `${error.message}\n\nWhat to do: ${error.next}`,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: `Bellringer: ${action} failed`,
    message:
      `${action} stopped: ${detail}\n\n` +
      'Nothing was half written: your input tabs are untouched and the output tabs keep their ' +
      'previous contents. What to do: try again in a minute; if it fails again, check the Issues ' +
      'tab and the sheet sharing settings, or send this message to whoever set Bellringer up.',
  };
}
