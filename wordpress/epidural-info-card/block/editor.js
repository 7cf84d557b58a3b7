/*
 * The block in the editor: the card's options in the sidebar, and the card itself as the preview
 * (rendered by the plugin's PHP through ServerSideRender, drawn by the same script as the page).
 * Plain JavaScript over WordPress's own globals (see editor.asset.php): nothing to build.
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { ContrastChecker, InspectorControls, PanelColorSettings, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  /* The card's backgrounds (card.styles.ts) under each theme: "auto" may show either. */
  const backgrounds = (theme) =>
    theme == 'dark' ? ['#161b22'] : theme == 'auto' ? ['#ffffff', '#161b22'] : ['#ffffff'];

  registerBlockType('epidural-info-card/card', {
    edit({ attributes, setAttributes }) {
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
          h(ServerSideRender, { block: 'epidural-info-card/card', attributes }),
        ),
      );
    },
    // A dynamic block: the plugin's PHP prints it on every page view.
    save: () => null,
  });
})(window.wp);
