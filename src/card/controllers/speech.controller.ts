import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';
import type { CardContent } from '../../content/types.js';

/*
 * Listen (the opt-in `listen` attribute): the card's title, introduction and open sections read
 * aloud by the browser's own speech synthesis, in the content's language, with a voice on the
 * reader's device (`localService`), so no text leaves it; offered only where there is one.
 * "Listen" is a toggle button: pressed while reading, pressed again to pause, again to go on;
 * "Stop" ends it (card.view.ts draws both).
 */
export class Speech implements ReactiveController {
  /** `''` idle, `'on'` reading aloud, `'paused'`. */
  state = '';
  // What is being read: its end is the end of reading, unless this card began another since.
  #piece?: SpeechSynthesisUtterance;

  constructor(private host: ReactiveElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** A voice on this device for `lang`, if the browser has speech synthesis and one. */
  voice(lang: string): SpeechSynthesisVoice | undefined {
    const voices = self.speechSynthesis?.getVoices();
    // Chromium lists its voices once they have loaded: look again then. (A listener for each
    // update before that, a few at most, each of which asks for one more update.)
    if (voices && !voices[0])
      speechSynthesis.addEventListener('voiceschanged', () => this.host.requestUpdate());
    return voices?.find(
      (voice) =>
        voice.localService && voice.lang.toLowerCase().startsWith(lang.split('-')[0].toLowerCase()),
    );
  }

  /** "Listen": reads from the start, or pauses, or goes on where it paused. */
  toggle(content: CardContent, open: ReadonlySet<string>): void {
    if (this.state == 'on') speechSynthesis.pause();
    else if (this.state) speechSynthesis.resume();
    else {
      speechSynthesis.cancel();
      // The title, the introduction, then each section a reader sees, in order, a line each.
      const piece = (this.#piece = new SpeechSynthesisUtterance(
        [
          content.title,
          content.intro,
          ...content.sections
            .filter((s) => s.alwaysVisible || open.has(s.id))
            .flatMap((s) => [s.heading, ...(s.paragraphs ?? []), ...(s.items ?? [])]),
        ].join('\n'),
      ));
      // The voice, which speaks the content's language, says it (and no other is chosen).
      piece.voice = this.voice(content.lang)!;
      // Read to the end, or cut short by another card's reading (an engine says end or error).
      piece.onend = piece.onerror = () => piece == this.#piece && this.#set('');
      speechSynthesis.speak(piece);
    }
    this.#set(this.state == 'on' ? 'paused' : 'on');
  }

  /** "Stop", or the card gone or its listen attribute removed: nothing more is read. */
  stop(): void {
    if (this.state) (speechSynthesis.cancel(), this.#set(''));
  }

  #set(state: string): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
