// npm run screenshots:wordpress: the README's WordPress pictures, taken in the real WordPress the
// plugin's tests use (test/wordpress/harness.mjs): the block in the block editor, a published
// page, and the settings page. Writes docs/images/wordpress-*.png.
import { openBrowser } from '../test/frameworks/support.mjs';
import { logIn, startWordPress } from '../test/wordpress/harness.mjs';

const wp = await startWordPress({ zip: 'dist/epidural-info-card-wordpress.zip' });
const { browser, page } = await openBrowser();
try {
  await page.setViewport({ width: 1280, height: 1000 });
  const post = wp.post(
    'author',
    'Epidural injections at our clinic',
    '<!-- wp:paragraph --><p>Our pain clinic offers epidural injections. Here is what they are, and what they can and cannot do.</p><!-- /wp:paragraph -->\n\n<!-- wp:epidural-info-card/card {"openSections":"what-is-it","ctaHref":"/book","ctaLabel":"Book a consultation","providerName":"St Mary\'s Clinic","accentColor":"#7a1f5c"} /-->',
  );
  await page.goto(post.link);
  await page.waitForFunction(() =>
    document.querySelector('epidural-info-card')?.shadowRoot?.querySelector('article'),
  );
  await page.screenshot({ path: 'docs/images/wordpress-page.png', fullPage: true });

  await logIn(page, wp.url, 'admin', 'admin-password');
  await page.goto(`${wp.url}/wp-admin/post.php?post=${post.id}&action=edit`);
  await page.waitForFunction(
    () => window.wp?.data?.select('core/block-editor')?.getBlocks().length,
    { timeout: 60_000 },
  );
  // The editor's welcome guide, once, for a new user: closed as a user would.
  await page.evaluate(() => wp.data.dispatch('core/edit-post').toggleFeature?.('welcomeGuide'));
  await page.evaluate(() => {
    const block = wp.data
      .select('core/block-editor')
      .getBlocks()
      .find((b) => b.name == 'epidural-info-card/card');
    wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
  });
  await page.waitForFunction(
    () =>
      document
        .querySelector(
          '.editor-styles-wrapper epidural-info-card, .block-editor-block-list__layout epidural-info-card',
        )
        ?.shadowRoot?.querySelector('article'),
    { timeout: 60_000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: 'docs/images/wordpress-editor.png' });

  await page.goto(`${wp.url}/wp-admin/options-general.php?page=epidural-info-card`);
  await page.waitForSelector('#epidural-info-card-fields input');
  await page.waitForFunction(() =>
    document.getElementById('epidural-info-card-preview').shadowRoot?.querySelector('article'),
  );
  await page.screenshot({ path: 'docs/images/wordpress-settings.png' });
  console.log('docs/images/wordpress-page.png, wordpress-editor.png, wordpress-settings.png');
} finally {
  await browser.close();
  await wp.stop();
}
