import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';

/** Opens a section if the card has it and resolves true once rendered; false if it has not. */
export type OpenSection = (id: string) => Promise<boolean> | false;

// One listener for the page, whatever the number of cards, added when the first card connects:
// importing the module touches no global, so a server (Node, an edge worker) can import it.
const cards = new Set<UrlFragment>();
let listening = false;

// Only the first card that a URL fragment names takes focus and scrolls into view.
const focusClaims = new WeakSet<object>();

/**
 * Links to a section: a fragment naming a section (#benefits), or a card and a section
 * (#clinic-card/benefits), opens it, on the first render and on every hashchange. The first card
 * it names scrolls into view and takes focus on the section's button.
 */
export class UrlFragment implements ReactiveController {
  #followed = false;

  constructor(
    private host: ReactiveElement,
    private openSection: OpenSection,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    cards.add(this);
    if (!listening) {
      listening = true;
      addEventListener('hashchange', (event) => cards.forEach((card) => card.follow(event)));
    }
  }

  hostDisconnected(): void {
    cards.delete(this);
  }

  hostUpdated(): void {
    // The page load claims focus like any hashchange, keyed by the window.
    if (!this.#followed) {
      this.#followed = true;
      this.follow(window);
    }
  }

  async follow(claim: object): Promise<void> {
    const [first, second] = location.hash.slice(1).split('/');
    const { host } = this;
    const id = second === undefined ? first : host.id && first == host.id ? second : '';
    if (!(await this.openSection(id)) || focusClaims.has(claim)) return;
    focusClaims.add(claim);
    // focus() scrolls the button into view too.
    (host.renderRoot as DocumentFragment).getElementById(`b-${id}`)!.focus();
  }
}
