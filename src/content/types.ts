/**
 * The content format: everything the card shows, as plain data. Hosts build it in code, or send
 * it as JSON (the same shape is published as `content.schema.json`). Field names are fixed across
 * versions. Every string is rendered as text, never as HTML.
 */

/** One part of the card: collapsible, or an always-visible callout. */
export interface CardSection {
  /** Stable id used in `open-sections`, URL fragments and events: a letter, then letters, digits, `-` or `_`. */
  id: string;
  /** The section's heading. */
  heading: string;
  /** Paragraphs of plain text, shown before `items`. */
  paragraphs?: string[];
  /** A bulleted list of plain text. */
  items?: string[];
  /** Never collapsed: shown as a marked callout (e.g. when to seek urgent help). */
  alwaysVisible?: boolean;
}

/** A reference the content is based on. */
export interface CardSource {
  /** The reference's title, shown as the link text. */
  title: string;
  /** `https:`, `http:` or a relative URL. */
  url: string;
  /** When it was published or accessed: `YYYY-MM-DD`. */
  date?: string;
}

/**
 * The text this content was rewritten from (a plain-English edition, a translation), and when it
 * was last checked against it. Without `reviewedBy`, the card then says that no clinician has
 * reviewed the text for this website.
 */
export interface CardAdaptation {
  /** What it was adapted from, e.g. `A clinic's page for patients`. */
  title: string;
  /** When it was last checked against that text: `YYYY-MM-DD`. */
  date: string;
  /** Where that text is: `https:`, `http:` or relative. */
  url?: string;
}

/** A word a reader may not know, and what it means, for the card's list of words explained. */
export interface CardTerm {
  /** The word or abbreviation, as the text uses it, e.g. `CT scan`. */
  term: string;
  /** What it means, in plain words (an abbreviation's full form first). */
  definition: string;
}

/** The clinician who checked the content. */
export interface CardReviewer {
  /** Their name, e.g. `Dr Jane Smith`. */
  name: string;
  /** Their role and qualification, e.g. `Consultant in pain medicine, FRCA`. */
  role?: string;
}

/** The organisation that published the content. */
export interface CardPublisher {
  /** Its name. */
  name: string;
  /** Its page: `https:`, `http:` or relative. */
  url?: string;
}

/** A rating of the provider from a named review site. */
export interface ProviderRating {
  /** The score, e.g. `4`. */
  value: number;
  /** The best possible score, e.g. `5`. */
  best: number;
  /** Where the rating comes from, e.g. `Trustpilot`. */
  source: string;
}

/** The clinic or clinician offering the procedure. */
export interface CardProvider {
  /** The clinic's name. */
  name: string;
  /** The clinician's name, e.g. `Mr Mo Akmal`. */
  clinician?: string;
  /** The clinic's page: `https:`, `http:` or relative. */
  url?: string;
  /** A rating, shown in words ("Rated 4 out of 5 on Trustpilot"), not as stars alone. */
  rating?: ProviderRating;
  /** Qualifications, memberships or listings, shown as a list. */
  credentials?: string[];
}

/** A call to action: one link. */
export interface CardCallToAction {
  /** The link text, e.g. `Book a consultation`. */
  label: string;
  /** `https:`, `http:`, `mailto:`, `tel:` or a relative URL. */
  href: string;
}

/** The card's own interface wording; each can be overridden alone. `{value}`-style slots are filled in. */
export interface UiStrings {
  /** The button that opens every section. */
  showAll: string;
  /** The same button when every section is open. */
  hideAll: string;
  /** Label before the closing note. */
  disclaimerHeading: string;
  /** Label before the review date. */
  lastReviewed: string;
  /** Heading of the list of sources. */
  sources: string;
  /** Rating in words: slots `{value}`, `{best}`, `{source}`. */
  rating: string;
  /** Heading of the credentials list. */
  credentials: string;
  /** The call to action's text when only `cta-href` is given. */
  cta: string;
  /** Heading of the part that says who published and checked the content, and when. */
  about: string;
  /** Label of the publisher. */
  publishedBy: string;
  /** Label of the reviewer. */
  reviewedBy: string;
  /** Label of the next review date. */
  nextReview: string;
  /** Label of the disclosure. */
  disclosure: string;
  /** The feedback question (with the `feedback` attribute). */
  feedback: string;
  /** Its answers. */
  yes: string;
  no: string;
  /** Said once the reader has answered. */
  thanks: string;
  /** Label of the row in "About this information" that says how to give feedback (with `feedback`). */
  giveFeedback: string;
  /** That row: where the question is. */
  feedbackHow: string;
  /** The label of the clinic's own block (provider and call to action). */
  fromClinic: string;
  /** Label of what the text was adapted from (`adaptedFrom`). */
  adaptedFrom: string;
  /** Label of the date it was last checked against that text. */
  checkedAgainst: string;
  /** Said under "Reviewed by" for adapted text that names no reviewer. */
  notReviewed: string;
  /** Heading of the list of words explained (`terms`). */
  terms: string;
  /** With `listen`: the toggle button that reads the card aloud (pressed while reading). */
  listen: string;
  /** With `listen`: the button that stops reading. */
  stop: string;
}

/** The whole card's content. */
export interface CardContent {
  /** BCP 47 language of the text, e.g. `en-GB`, `es`, `ar`. For right-to-left text, give the tag `dir="rtl"`. */
  lang: string;
  /** The card's title, rendered as its heading. */
  title: string;
  /** An always-visible opening paragraph. */
  intro?: string;
  /** The sections, in display order (at least one). */
  sections: CardSection[];
  /** An always-visible closing note. */
  disclaimer?: string;
  /** When the content was last reviewed: an ISO date, `YYYY-MM-DD`. */
  lastReviewed?: string;
  /** When it will be reviewed next: `YYYY-MM-DD`. Past it, the card says the review is overdue. */
  nextReview?: string;
  /** The clinician who checked the content. */
  reviewedBy?: CardReviewer;
  /** The organisation that published the content (for a clinic's own page, the clinic). */
  publisher?: CardPublisher;
  /** The publisher's interest in the subject: that it provides the procedure, or its funding. */
  disclosure?: string;
  /** References the content is based on. */
  sources?: CardSource[];
  /** The text this content was adapted from, and when it was last checked against it. */
  adaptedFrom?: CardAdaptation;
  /** Medical words and abbreviations the text uses, explained in a list after the sections. */
  terms?: CardTerm[];
  /** The clinic or clinician offering the procedure. */
  provider?: CardProvider;
  /** A call to action shown after the sections. */
  cta?: CardCallToAction;
  /** Interface wording in the content's language, overriding the English defaults one by one. */
  strings?: Partial<UiStrings>;
}
