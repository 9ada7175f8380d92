/** Advice that does not fail synth, with an id stable across changes so acknowledging it silences exactly it. */
export interface SynthWarning {
  readonly id: string;
  readonly message: string;
}
