// Another component on the host page that renders the card inside its own shadow root.
customElements.define(
  'host-widget',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      const card = document.createElement('epidural-info-card');
      card.id = 'card';
      root.append(card);
    }
  },
);
