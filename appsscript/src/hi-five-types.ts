// The Give a hi-five dialog's options, as the server sends them through google.script.run.

export interface HiFiveOptions {
  readonly reps: readonly { readonly repId: string; readonly name: string }[];
  readonly kinds: readonly string[];
  readonly badges: readonly { readonly badgeId: string; readonly name: string }[];
}
