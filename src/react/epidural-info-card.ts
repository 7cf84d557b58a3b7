/**
 * `epidural-info-card/react`: the card as a React component. Server-rendered, it is the
 * prerendered card (renderCardParts(), the same markup as the server renderer): painted before
 * any script and readable with JavaScript off. Hydrated, React keeps the server's element and its
 * shadow root; props after that are attributes, `content` the element's property, and the event
 * props listeners on the element.
 *
 * Not @lit/react's createComponent: it sets every prop the element's prototype has (`theme`,
 * `exclusive`, …) as a property in a layout effect and drops those props on the server, so the
 * server's HTML would lack them and the card would first render without them. Here every option
 * is an attribute, on the server and in the browser alike. Events are listeners added in an
 * effect: React 19 attaches no `on<event>` prop of a custom element while it hydrates
 * (https://github.com/react/react/issues/35446).
 */
import * as React from 'react';
// Defines <epidural-info-card> where this module runs in a browser (guarded, as the embed is).
import '../epidural-info-card.js';
import type {
  EpiduralInfoCard as CardElement,
  CardContent,
  CardTheme,
  ContentDetail,
  ErrorDetail,
  FeedbackDetail,
  ToggleDetail,
} from '../epidural-info-card.js';
import { renderCardParts, type CardParts } from '../server/render-card.js';

/** The props of `<EpiduralInfoCard>`: the element's options, typed, and its events. */
export interface EpiduralInfoCardProps extends Omit<
  React.HTMLAttributes<CardElement>,
  'content' | 'onToggle' | 'onError'
> {
  /** The content shown, in the content format; the built-in text if not given. */
  content?: CardContent;
  /** Ids of the sections open at first, or `['all']`. */
  openSections?: string[];
  /** Level (1–6) of the title heading; section headings are one level below. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** `light`, `dark`, or `auto` to follow the reader's system setting. */
  theme?: CardTheme;
  /** At most one section open at a time. */
  exclusive?: boolean;
  /** Call-to-action link, over the content's `cta.href`. */
  ctaHref?: string;
  /** Call-to-action text, over the content's `cta.label`. */
  ctaLabel?: string;
  /** The clinic's name, over the content's `provider.name`. */
  providerName?: string;
  /** The clinic's page, over the content's `provider.url`. */
  providerHref?: string;
  /** schema.org JSON-LD in the card's light DOM, for search engines. */
  structuredData?: boolean;
  /** Ask "Was this information useful?" at the end; the answer is `onFeedback`, sent nowhere. */
  feedback?: boolean;
  /** A section opened or closed (`epidural-info-toggle`). */
  onToggle?: (event: CustomEvent<ToggleDetail>) => void;
  /** Content was accepted and is shown (`epidural-info-content`). */
  onContent?: (event: CustomEvent<ContentDetail>) => void;
  /** Content or an option the card could not use (`epidural-info-error`). */
  onError?: (event: CustomEvent<ErrorDetail>) => void;
  /** The reader answered the feedback question (`epidural-info-feedback`). */
  onFeedback?: (event: CustomEvent<FeedbackDetail>) => void;
}

const EVENTS = {
  onToggle: 'epidural-info-toggle',
  onContent: 'epidural-info-content',
  onError: 'epidural-info-error',
  onFeedback: 'epidural-info-feedback',
} as const;

/* The props as the element's attributes, as renderCard() takes them. */
const attributesOf = (props: EpiduralInfoCardProps) => ({
  'open-sections': props.openSections?.join(' '),
  'heading-level': props.headingLevel,
  theme: props.theme,
  exclusive: props.exclusive,
  'cta-href': props.ctaHref,
  'cta-label': props.ctaLabel,
  'provider-name': props.providerName,
  'provider-href': props.providerHref,
  'structured-data': props.structuredData,
  feedback: props.feedback,
});

/*
 * The prerendered parts, or, for options the card would refuse, none: then the element is
 * rendered bare with its attributes and content as given, and reports the problem itself (a
 * console error and epidural-info-error) while showing its fallback. Never a thrown render.
 */
function partsOf(props: EpiduralInfoCardProps): CardParts | undefined {
  try {
    return renderCardParts({ attributes: attributesOf(props), content: props.content });
  } catch {
    return undefined;
  }
}

const isServer = typeof document == 'undefined';

/** `<epidural-info-card>` for React 19: typed props, events, a ref to the element. */
export const EpiduralInfoCard = React.forwardRef<CardElement, EpiduralInfoCardProps>(
  function EpiduralInfoCard(props, ref) {
    const {
      content,
      openSections,
      headingLevel,
      theme,
      exclusive,
      ctaHref,
      ctaLabel,
      providerName,
      providerHref,
      structuredData,
      feedback,
      onToggle,
      onContent,
      onError,
      onFeedback,
      ...rest
    } = props;
    const parts = partsOf(props);
    // The light DOM is the card's after the first render: React writes it once (the JSON child,
    // which the card reads as it connects) and never again, so that it cannot take away the
    // JSON-LD the card keeps there. Later content goes in as the property.
    const [light] = React.useState(() => (isServer ? parts?.innerHTML : parts?.lightHTML) ?? '');
    const element = React.useRef<CardElement | null>(null);
    const shown = React.useRef<CardContent | undefined>(parts ? content : undefined);
    const handlers = React.useRef({ onToggle, onContent, onError, onFeedback });
    handlers.current = { onToggle, onContent, onError, onFeedback };
    const setRef = React.useCallback(
      (node: CardElement | null) => {
        element.current = node;
        if (typeof ref == 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );

    React.useLayoutEffect(() => {
      const el = element.current!;
      const listeners = Object.entries(EVENTS).map(([prop, type]) => {
        const listener = (event: Event) =>
          (handlers.current[prop as keyof typeof EVENTS] as ((e: Event) => void) | undefined)?.(
            event,
          );
        el.addEventListener(type, listener);
        return () => el.removeEventListener(type, listener);
      });
      return () => listeners.forEach((remove) => remove());
    }, []);

    React.useLayoutEffect(() => {
      if (content !== undefined && content !== shown.current) {
        shown.current = content;
        element.current!.content = content;
      }
    }, [content]);

    // A boolean option goes to React as a boolean: on the server it renders true as an empty
    // attribute and false as none; rendering on the client alone (createRoot) it sets the
    // element's property, where "" would be false and a missing prop undefined.
    const attributes: Record<string, string | boolean> = {};
    for (const [name, value] of Object.entries({ ...attributesOf(props), ...parts?.attributes }))
      if (value != null) attributes[name] = typeof value == 'boolean' ? value : String(value);

    return React.createElement('epidural-info-card', {
      ...rest,
      ...attributes,
      ref: setRef,
      // The light DOM is the card's: what a browser keeps of the server's HTML differs from it
      // (the template became the shadow root), and the card may rewrite its JSON-LD.
      suppressHydrationWarning: true,
      dangerouslySetInnerHTML: { __html: light },
    });
  },
);

export type { CardContent, CardTheme, ContentDetail, ErrorDetail, FeedbackDetail, ToggleDetail };
export type EpiduralInfoCardElement = CardElement;
