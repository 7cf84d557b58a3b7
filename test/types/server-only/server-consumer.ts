// Compiled (not run) by the package test, with no DOM library (lib: ES2022) and skipLibCheck off:
// a Node or edge server's use of epidural-info-card/server, typed, without a browser's types.
import {
  CardRenderError,
  renderCard,
  tryRenderCard,
  type CardContent,
  type CardProblem,
} from 'epidural-info-card/server';

const content: CardContent = { lang: 'en', title: 'T', sections: [{ id: 'a', heading: 'A' }] };
const html: string = renderCard({ content, attributes: { theme: 'dark' } });
const { html: fallback, problems }: { html: string; problems: CardProblem[] } = tryRenderCard({
  content,
});
void [html, fallback, problems];
try {
  renderCard({ attributes: { 'heading-level': 9 } });
} catch (error) {
  if (error instanceof CardRenderError) {
    const reason: string = error.reason;
    const all: CardProblem[] = error.problems;
    void [reason, all];
  }
}
// @ts-expect-error a typo in the content's fields does not compile
renderCard({ content: { lang: 'en', titel: 'T', sections: [] } });
