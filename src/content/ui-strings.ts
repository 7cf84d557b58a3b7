/** The card's own interface wording, separate from the content so hosts can translate it. */
export interface UiStrings {
  /** Label of the control that opens every section. */
  showAll: string;
  /** Label of the same control when every section is open. */
  hideAll: string;
}

/** English interface wording. */
export const englishStrings: UiStrings = {
  showAll: 'Show all sections',
  hideAll: 'Hide all sections',
};
