// A short chime for celebrations, only with &sound=1; one AudioContext for the life of the page.
//
// Browsers start an AudioContext "suspended" until the page has had a user gesture (Chrome's
// autoplay policy). A kiosk has no one to tap it, so: the context is created and resumed on the
// first gesture if there ever is one, resumed again before every chime (allowed once the page may
// play), and a kiosk browser started with --autoplay-policy=no-user-gesture-required (docs/site.md)
// plays from the first celebration.
let context: AudioContext | null = null;
let armed = false;

function audio(): AudioContext | null {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume().catch(() => {});
    return context;
  } catch {
    return null;
  }
}

/** Listens once for the first tap, click or key press, to unlock sound on a normal browser. */
export function armSound(target: EventTarget = window): void {
  if (armed) return;
  armed = true;
  const unlock = () => {
    audio();
    for (const type of ['pointerdown', 'keydown', 'touchstart'])
      target.removeEventListener(type, unlock, true);
  };
  for (const type of ['pointerdown', 'keydown', 'touchstart'])
    target.addEventListener(type, unlock, true);
}

/** The context's state for diagnostics and tests: 'running' means the chime is heard. */
export function soundState(): string {
  return context?.state ?? 'none';
}

export function chime(): void {
  const ctx = audio();
  if (!ctx) return;
  try {
    const t = ctx.currentTime;
    for (const [i, freq] of [660, 880, 1320].entries()) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, t + i * 0.15);
      gain.gain.exponentialRampToValueAtTime(0.2, t + i * 0.15 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + i * 0.15 + 0.5);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t + i * 0.15);
      osc.stop(t + i * 0.15 + 0.55);
      // Disconnect when done so weeks of chimes leave no nodes behind.
      osc.onended = () => {
        osc.disconnect();
        gain.disconnect();
      };
    }
  } catch {
    // No audio device: a silent celebration is fine.
  }
}
