/*
 * Short beeps for the counter, made with the Web Audio API (no sound file): a bright double beep when a scan or a
 * loan goes through, a low buzz when it is refused. The operator may turn them off (kept on this PC).
 */

const STORAGE_KEY = 'voisinage.counter.sounds';

let context: AudioContext | null = null;

export function soundsEnabled(): boolean {
  return window.localStorage.getItem(STORAGE_KEY) !== 'off';
}

export function setSoundsEnabled(enabled: boolean): void {
  window.localStorage.setItem(STORAGE_KEY, enabled ? 'on' : 'off');
}

function tone(frequency: number, startSeconds: number, durationSeconds: number, type: OscillatorType): void {
  context ??= new AudioContext();
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = type;
  oscillator.frequency.value = frequency;
  const start = context.currentTime + startSeconds;
  // A quick fade in and out: no click at either end.
  gain.gain.setValueAtTime(0, start);
  gain.gain.linearRampToValueAtTime(0.2, start + 0.01);
  gain.gain.linearRampToValueAtTime(0, start + durationSeconds);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(start);
  oscillator.stop(start + durationSeconds + 0.02);
}

function play(notes: () => void): void {
  if (!soundsEnabled()) return;
  try {
    notes();
  } catch {
    // No audio device (a remote session, a locked-down PC): the colours and the message still say it.
  }
}

export const playSuccess = () =>
  play(() => {
    tone(880, 0, 0.08, 'sine');
    tone(1320, 0.1, 0.1, 'sine');
  });

export const playRefusal = () => play(() => tone(196, 0, 0.3, 'square'));
