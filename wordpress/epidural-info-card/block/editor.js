/*
 * The block in the editor: the card's text as WordPress's own heading, paragraph and list blocks,
 * the card's options in the sidebar, and the card itself as the preview (rendered by the plugin's
 * PHP through ServerSideRender, drawn by the same script as the page). Plain JavaScript over
 * WordPress's own globals (see editor.asset.php): nothing to build.
 */
(function (wp) {
  const { registerBlockType, serialize } = wp.blocks;
  const { createElement: h, Fragment, useEffect, useState } = wp.element;
  const { ContrastChecker, InnerBlocks, InspectorControls, PanelColorSettings, useBlockProps } =
    wp.blockEditor;
  const { Notice, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const { useSelect } = wp.data;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  /*
   * The card's text, written with WordPress's own blocks: a heading for the title, a paragraph for
   * the introduction, a heading for each section with its paragraphs and lists, a quote for what
   * is always shown, a separator before the closing note (the README's "Your text as HTML").
   */
  const TEXT_BLOCKS = [
    'core/heading',
    'core/paragraph',
    'core/list',
    'core/quote',
    'core/separator',
  ];
  const TEMPLATE = [
    [
      'core/heading',
      { level: 2, placeholder: __('Title, e.g. Facet joint injections', 'epidural-info-card') },
    ],
    ['core/paragraph', { placeholder: __('Introduction', 'epidural-info-card') }],
    [
      'core/heading',
      { level: 3, placeholder: __('A section, e.g. What is it?', 'epidural-info-card') },
    ],
    ['core/paragraph', { placeholder: __("The section's text", 'epidural-info-card') }],
  ];

  /*
   * The text read by the card's own reader: a hidden card in the editor's page takes the blocks'
   * HTML and says what content it read, or its problems. So the plugin's PHP can prerender the
   * card from that content, without a second reader. "<", ">" and "&" are escaped in the JSON,
   * which kses would otherwise rewrite for an Author.
   */
  async function readText(blocks) {
    await customElements.whenDefined('epidural-info-card');
    const probe = document.createElement('epidural-info-card');
    probe.hidden = true;
    probe.lang = document.documentElement.lang || 'en';
    probe.innerHTML = serialize(blocks);
    let read;
    probe.addEventListener(
      'epidural-info-content',
      (event) => (read = event.detail.from == 'html'),
    );
    document.body.append(probe);
    const result = {
      content: read
        ? JSON.stringify(probe.content).replace(
            /[<>&]/g,
            (c) => `\\u00${c.charCodeAt(0).toString(16)}`,
          )
        : undefined,
      problems: probe.problems.map((p) => p.message),
    };
    probe.remove();
    return result;
  }

  /* The card's backgrounds (card.styles.ts) under each theme: "auto" may show either. */
  const backgrounds = (theme) =>
    theme == 'dark' ? ['#161b22'] : theme == 'auto' ? ['#ffffff', '#161b22'] : ['#ffffff'];

  registerBlockType('epidural-info-card/card', {
    edit({ attributes, setAttributes, clientId }) {
      const blocks = useSelect(
        (select) => select('core/block-editor').getBlocks(clientId),
        [clientId],
      );
      const [problems, setProblems] = useState([]);
      useEffect(() => {
        let current = true;
        readText(blocks).then((read) => {
          if (!current) return;
          setProblems(read.problems);
          if (read.content !== attributes.content) setAttributes({ content: read.content });
        });
        return () => (current = false);
      }, [blocks]);
      const text = (key, label, help) =>
        h(TextControl, {
          label,
          help,
          value: attributes[key] || '',
          onChange: (value) => setAttributes({ [key]: value || undefined }),
        });
      const toggle = (key, label) =>
        h(ToggleControl, {
          label,
          checked: !!attributes[key],
          onChange: (value) => setAttributes({ [key]: value }),
        });
      return h(
        Fragment,
        null,
        h(
          InspectorControls,
          null,
          h(
            PanelBody,
            { title: __('Card', 'epidural-info-card') },
            text(
              'openSections',
              __('Open sections', 'epidural-info-card'),
              __('Section ids, space-separated, or "all".', 'epidural-info-card'),
            ),
            h(SelectControl, {
              label: __('Heading level', 'epidural-info-card'),
              value: String(attributes.headingLevel || 2),
              options: [1, 2, 3, 4, 5, 6].map((n) => ({ label: `h${n}`, value: String(n) })),
              onChange: (value) => setAttributes({ headingLevel: Number(value) }),
            }),
            h(SelectControl, {
              label: __('Theme', 'epidural-info-card'),
              value: attributes.theme || 'light',
              options: [
                { label: __('Light', 'epidural-info-card'), value: 'light' },
                { label: __('Dark', 'epidural-info-card'), value: 'dark' },
                { label: __("Follow the reader's setting", 'epidural-info-card'), value: 'auto' },
              ],
              onChange: (value) => setAttributes({ theme: value }),
            }),
            toggle('exclusive', __('One section open at a time', 'epidural-info-card')),
            toggle(
              'structuredData',
              __('Structured data for search engines', 'epidural-info-card'),
            ),
            toggle('feedback', __('Ask "Was this information useful?"', 'epidural-info-card')),
            toggle(
              'listen',
              __('Offer "Listen" (read aloud by the browser)', 'epidural-info-card'),
            ),
          ),
          // The accent draws links, buttons and the call to action's background (under white
          // text): WordPress's own contrast check warns when it is too light for the card.
          h(
            PanelColorSettings,
            {
              title: __('Clinic colour', 'epidural-info-card'),
              colorSettings: [
                {
                  label: __('Accent', 'epidural-info-card'),
                  value: attributes.accentColor,
                  onChange: (value) => setAttributes({ accentColor: value || undefined }),
                  disableCustomColors: false,
                },
              ],
            },
            attributes.accentColor &&
              backgrounds(attributes.theme).map((background) =>
                h(ContrastChecker, {
                  key: background,
                  textColor: attributes.accentColor,
                  backgroundColor: background,
                }),
              ),
          ),
          h(
            PanelBody,
            { title: __('Clinic and call to action', 'epidural-info-card') },
            text('providerName', __("Clinic's name", 'epidural-info-card')),
            text('providerHref', __("Clinic's page", 'epidural-info-card')),
            text('ctaLabel', __('Call to action: text', 'epidural-info-card')),
            text('ctaHref', __('Call to action: link', 'epidural-info-card')),
          ),
        ),
        h(
          'div',
          useBlockProps(),
          h('p', null, h('strong', null, __("The card's text", 'epidural-info-card'))),
          h(InnerBlocks, { allowedBlocks: TEXT_BLOCKS, template: TEMPLATE }),
          problems.map((message) =>
            h(Notice, { key: message, status: 'warning', isDismissible: false }, message),
          ),
          h('p', null, h('strong', null, __('Preview', 'epidural-info-card'))),
          h(ServerSideRender, { block: 'epidural-info-card/card', attributes }),
        ),
      );
    },
    // A dynamic block: the plugin's PHP prints the card on every page view. The text's blocks are
    // saved inside it, as any block's inner blocks are.
    save: () => h(InnerBlocks.Content),
  });
})(window.wp);
