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

export interface AlertText {
  readonly title: string;
  readonly message: string;
}

/** Turns any failure into an alert: UserErrors as written, anything else with a generic next step. */
export function alertFor(action: string, error: unknown): AlertText {
  if (error instanceof UserError) {
    return {
      title: `Bellringer: ${action}`,
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
