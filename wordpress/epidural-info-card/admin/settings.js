/*
 * Settings → Epidural information: the clinic's text as form fields (never JSON by hand), starting
 * from the card's built-in text. Every change is set on the live card beside the form, which
 * checks it with its own rules: what it refuses is shown here in the card's own words, and the
 * form cannot be saved until it is mended. The form sends the content as one JSON text: what it
 * has no field for (the interface wording, a rating, written by hand or by another version) is
 * kept as it was.
 */
(function () {
  const { __ } = window.wp.i18n;
  const form = document.getElementById('epidural-info-card-form');
  const fields = document.getElementById('epidural-info-card-fields');
  const stored = document.getElementById('epidural-info-card-content');
  const problems = document.getElementById('epidural-info-card-problems');
  const preview = document.getElementById('epidural-info-card-preview');
  const save = form.querySelector('[type=submit]');
  const accent = document.getElementById('epidural-info-card-accent');
  const contrastNote = document.getElementById('epidural-info-card-contrast');
  let count = 0;

  /* WCAG 2 contrast of two #rrggbb colours. */
  const luminance = (hex) =>
    [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const contrast = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  // The card's own backgrounds: the accent is text and a button colour on them.
  const BACKGROUNDS = [
    [__('light theme', 'epidural-info-card'), '#ffffff'],
    [__('dark theme', 'epidural-info-card'), '#161b22'],
  ];

  /* The accent on the live card, its contrast said beside it; the problem with it, or ''. */
  function showAccent() {
    const value = accent.value.trim().toLowerCase();
    if (!value) {
      preview.style.removeProperty('--epidural-info-card-accent');
      contrastNote.textContent = '';
      return '';
    }
    if (!/^#[0-9a-f]{6}$/.test(value)) {
      contrastNote.textContent = '';
      return __(
        'Accent colour: give it as # and six hexadecimal digits, such as #7a1f5c.',
        'epidural-info-card',
      );
    }
    preview.style.setProperty('--epidural-info-card-accent', value);
    const verdicts = BACKGROUNDS.map(([theme, background]) => {
      const ratio = contrast(value, background);
      const verdict =
        ratio >= 4.5
          ? __('passes WCAG AA', 'epidural-info-card')
          : __('too low for text and buttons (4.5:1 needed)', 'epidural-info-card');
      return `${theme} ${ratio.toFixed(1)}:1, ${verdict}`;
    });
    contrastNote.textContent = `${__('Contrast against the card:', 'epidural-info-card')} ${verdicts.join('; ')}.`;
    return '';
  }

  const lines = (text) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const paragraphs = (text) =>
    text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);

  /* A labelled input or textarea; `value` is its text. */
  function field(parent, label, value, { multiline = false, type = 'text', help, name } = {}) {
    const id = `epidural-info-card-field-${++count}`;
    const wrap = document.createElement('p');
    const labelEl = document.createElement('label');
    labelEl.htmlFor = id;
    labelEl.textContent = label;
    const input = document.createElement(multiline ? 'textarea' : 'input');
    if (!multiline) input.type = type;
    else input.rows = 4;
    input.id = id;
    input.className = 'large-text';
    input.value = value ?? '';
    if (name) input.dataset.field = name;
    wrap.append(labelEl, document.createElement('br'), input);
    if (help) {
      const helpEl = document.createElement('span');
      helpEl.className = 'description';
      helpEl.id = `${id}-help`;
      helpEl.textContent = help;
      input.setAttribute('aria-describedby', helpEl.id);
      wrap.append(document.createElement('br'), helpEl);
    }
    parent.append(wrap);
    return input;
  }

  function fieldset(legend) {
    const set = document.createElement('fieldset');
    const title = document.createElement('legend');
    title.textContent = legend;
    set.append(title);
    fields.append(set);
    return set;
  }

  /* One section's fields, with a button that removes it. */
  function sectionFields(list, section = { id: '', heading: '' }) {
    const set = document.createElement('fieldset');
    set.className = 'epidural-info-card-section';
    const legend = document.createElement('legend');
    legend.textContent = __('Section', 'epidural-info-card');
    set.append(legend);
    const inputs = {
      heading: field(set, __('Heading', 'epidural-info-card'), section.heading),
      id: field(set, __('Id', 'epidural-info-card'), section.id, {
        help: __(
          'For links and open sections: a letter, then letters, digits, - or _.',
          'epidural-info-card',
        ),
      }),
      paragraphs: field(
        set,
        __('Paragraphs', 'epidural-info-card'),
        (section.paragraphs ?? []).join('\n\n'),
        {
          multiline: true,
          help: __('A blank line between paragraphs.', 'epidural-info-card'),
        },
      ),
      items: field(set, __('List', 'epidural-info-card'), (section.items ?? []).join('\n'), {
        multiline: true,
        help: __('One item a line.', 'epidural-info-card'),
      }),
    };
    const always = document.createElement('input');
    always.type = 'checkbox';
    always.id = `epidural-info-card-field-${++count}`;
    always.checked = !!section.alwaysVisible;
    const alwaysLabel = document.createElement('label');
    alwaysLabel.htmlFor = always.id;
    alwaysLabel.textContent = __(' Always shown (never collapsed)', 'epidural-info-card');
    const row = document.createElement('p');
    row.append(always, alwaysLabel);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'button';
    remove.textContent = __('Remove this section', 'epidural-info-card');
    remove.addEventListener('click', () => {
      set.remove();
      update();
    });
    set.append(row, remove);
    set.read = () => {
      const out = { id: inputs.id.value.trim(), heading: inputs.heading.value.trim() };
      if (paragraphs(inputs.paragraphs.value).length)
        out.paragraphs = paragraphs(inputs.paragraphs.value);
      if (lines(inputs.items.value).length) out.items = lines(inputs.items.value);
      if (always.checked) out.alwaysVisible = true;
      return out;
    };
    list.append(set);
  }

  function build(content) {
    const text = fieldset(__('The text', 'epidural-info-card'));
    const f = {
      lang: field(text, __('Language', 'epidural-info-card'), content.lang, {
        help: __('e.g. en-GB', 'epidural-info-card'),
      }),
      title: field(text, __('Title', 'epidural-info-card'), content.title),
      intro: field(text, __('Introduction', 'epidural-info-card'), content.intro, {
        multiline: true,
      }),
    };
    const list = document.createElement('div');
    text.append(list);
    content.sections.forEach((section) => sectionFields(list, section));
    const add = document.createElement('button');
    add.type = 'button';
    add.className = 'button';
    add.textContent = __('Add a section', 'epidural-info-card');
    add.addEventListener('click', () => {
      sectionFields(list);
      update();
    });
    text.append(add);
    f.disclaimer = field(text, __('Closing note', 'epidural-info-card'), content.disclaimer, {
      multiline: true,
    });
    // "About this information" on the card: what the NHS Standard for creating health content
    // asks a publisher to show.
    const about = fieldset(__('Who stands behind the text', 'epidural-info-card'));
    f.publisher = field(about, __('Published by', 'epidural-info-card'), content.publisher?.name, {
      help: __(
        'The organisation that publishes the text: usually your clinic.',
        'epidural-info-card',
      ),
    });
    f.publisherUrl = field(
      about,
      __("Publisher's link", 'epidural-info-card'),
      content.publisher?.url,
    );
    f.reviewer = field(about, __('Reviewed by', 'epidural-info-card'), content.reviewedBy?.name, {
      help: __('The clinician who checked the text.', 'epidural-info-card'),
    });
    f.role = field(
      about,
      __("Reviewer's role and qualification", 'epidural-info-card'),
      content.reviewedBy?.role,
    );
    f.lastReviewed = field(about, __('Last reviewed', 'epidural-info-card'), content.lastReviewed, {
      type: 'date',
    });
    f.nextReview = field(about, __('Next review due', 'epidural-info-card'), content.nextReview, {
      type: 'date',
      help: __(
        'Once it has passed, the card still shows the text and says in the console that it is due for review.',
        'epidural-info-card',
      ),
    });
    f.disclosure = field(
      about,
      __('Declaration of interest', 'epidural-info-card'),
      content.disclosure,
      {
        multiline: true,
        help: __(
          'Your interest in the procedure (for example, that your clinic provides it) or your funding.',
          'epidural-info-card',
        ),
      },
    );
    f.sources = field(
      about,
      __('Sources', 'epidural-info-card'),
      (content.sources ?? [])
        .map((s) => [s.title, s.url, s.date].filter(Boolean).join(' | '))
        .join('\n'),
      {
        multiline: true,
        help: __(
          'One a line: the title | its link | the day it was published or read (YYYY-MM-DD, if you know it).',
          'epidural-info-card',
        ),
      },
    );
    const clinic = fieldset(__('Your clinic', 'epidural-info-card'));
    const p = content.provider ?? {};
    f.name = field(clinic, __("Clinic's name", 'epidural-info-card'), p.name);
    f.clinician = field(clinic, __('Clinician', 'epidural-info-card'), p.clinician);
    f.url = field(clinic, __("Clinic's page", 'epidural-info-card'), p.url);
    f.credentials = field(
      clinic,
      __('Credentials', 'epidural-info-card'),
      (p.credentials ?? []).join('\n'),
      {
        multiline: true,
        help: __('One a line.', 'epidural-info-card'),
      },
    );
    f.ctaLabel = field(
      clinic,
      __('Call to action: text', 'epidural-info-card'),
      content.cta?.label,
    );
    f.ctaHref = field(clinic, __('Call to action: link', 'epidural-info-card'), content.cta?.href, {
      help: __('https:, http:, mailto:, tel: or a page of this site.', 'epidural-info-card'),
    });
    return () => {
      const value = (input) => input.value.trim() || undefined;
      // Any of `inputs` typed: the object (a missing name is the card's to report); none: nothing.
      const some = (inputs, make) => (inputs.some(value) ? make() : undefined);
      // The fields over the content as it was, so that what they do not show stays.
      const out = {
        ...content,
        lang: value(f.lang),
        title: value(f.title),
        intro: value(f.intro),
        sections: [...list.children].map((set) => set.read()),
        disclaimer: value(f.disclaimer),
        publisher: some([f.publisher, f.publisherUrl], () => ({
          name: value(f.publisher),
          url: value(f.publisherUrl),
        })),
        reviewedBy: some([f.reviewer, f.role], () => ({
          name: value(f.reviewer),
          role: value(f.role),
        })),
        lastReviewed: value(f.lastReviewed),
        nextReview: value(f.nextReview),
        disclosure: value(f.disclosure),
        sources: some([f.sources], () =>
          lines(f.sources.value).map((line) => {
            const [title, url, date] = line.split('|').map((part) => part.trim() || undefined);
            return { title, url, date };
          }),
        ),
        provider: some([f.name, f.clinician, f.url, f.credentials], () => ({
          ...content.provider,
          name: value(f.name),
          clinician: value(f.clinician),
          url: value(f.url),
          credentials: lines(f.credentials.value).length ? lines(f.credentials.value) : undefined,
        })),
        cta: some([f.ctaLabel, f.ctaHref], () => ({
          label: value(f.ctaLabel),
          href: value(f.ctaHref),
        })),
      };
      // Emptied fields go (JSON leaves out what is undefined).
      return JSON.parse(JSON.stringify(out));
    };
  }

  let read;
  const seen = [];
  preview.addEventListener('epidural-info-error', (event) => seen.push(event.detail.message));

  /* The form's content on the live card; the card's own messages, if any, beside the form. */
  function update() {
    const content = read();
    seen.length = 0;
    preview.content = content;
    const accentProblem = showAccent();
    accent.toggleAttribute('aria-invalid', !!accentProblem);
    problems.replaceChildren(
      ...[...seen, ...(accentProblem ? [accentProblem] : [])].map((message) => {
        const p = document.createElement('p');
        p.className = 'notice notice-error';
        p.textContent = message;
        return p;
      }),
    );
    save.disabled = seen.length > 0 || !!accentProblem;
    stored.value = seen.length ? stored.value : JSON.stringify(content);
  }

  customElements.whenDefined('epidural-info-card').then(() => {
    let content;
    try {
      content = stored.value ? JSON.parse(stored.value) : undefined;
    } catch {
      content = undefined;
    }
    // The built-in text is what a fresh card shows: the clinic starts from it.
    read = build(content ?? document.createElement('epidural-info-card').content);
    fields.addEventListener('input', update);
    fields.addEventListener('change', update);
    accent.addEventListener('input', update);
    update();
  });
})();
