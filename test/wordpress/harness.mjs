// A real WordPress for the plugin's tests: Debian's wordpress (6.1) and PHP 8.2, a MariaDB of its
// own (a data folder and a socket in a temporary folder, no network), PHP's built-in web server on
// 127.0.0.1, the Twenty Twenty-Three theme, and the plugin installed from the built zip. Posts are
// saved through WordPress's own wp_insert_post() as the user, so kses treats an Author's post as it
// treats one saved in the editor. As root on Debian it installs the packages it lacks.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { freePort } from '../frameworks/support.mjs';

const CORE = '/usr/share/wordpress';
// Keys and salts, as any wp-config.php has: left out, WordPress makes them on first use, and two
// of the web server's workers making them at once log the user out (reauth=1).
const SALTS = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((k) => [
  `${k}_KEY`,
  `${k}_SALT`,
]);
const PACKAGES = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql'];

function ensurePackages() {
  if (
    existsSync(`${CORE}/wp-load.php`) &&
    existsSync('/usr/sbin/mariadbd') &&
    existsSync('/usr/bin/php')
  )
    return;
  if (process.getuid?.() !== 0)
    throw new Error(
      `WordPress tests need Debian's ${PACKAGES.join(', ')} (apt-get install them as root).`,
    );
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

const wait = async (test, what, ms = 30_000) => {
  for (const deadline = Date.now() + ms; !(await test());) {
    if (Date.now() > deadline) throw new Error(`${what} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/**
 * Logs `page` in as `user`. wp-login.php clears and focuses the username field about 200 ms after
 * it loads (wp_attempt_focus): typing before that loses keys ("uthor"), so it waits for the focus.
 */
export async function logIn(page, url, user, password) {
  await page.goto(`${url}/wp-login.php`);
  await page.waitForFunction(() => document.activeElement?.id == 'user_login');
  await page.type('#user_login', user);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  if (!new URL(page.url()).pathname.startsWith('/wp-admin')) {
    const error = await page.evaluate(() => document.querySelector('#login_error')?.textContent);
    throw new Error(`could not log in as ${user}: ${error?.trim() ?? page.url()}`);
  }
}

/** Starts a WordPress with the plugin zip installed and active; stops what it started if it fails. */
export async function startWordPress({ zip }) {
  const started = { children: [], paths: [] };
  try {
    return await start(zip, started);
  } catch (error) {
    await stopAll(started);
    throw error;
  }
}

async function stopAll({ children, paths }) {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode != null) return resolve();
          child.once('exit', resolve);
          // The whole process group: PHP's server forks its workers, which outlive their parent.
          try {
            process.kill(-child.pid, 'SIGTERM');
          } catch {
            child.kill();
          }
        }),
    ),
  );
  for (const path of paths) rmSync(path, { recursive: true, force: true });
}

async function start(zip, started) {
  // If the test process ends early (a crash, a time-out), its servers go with it.
  process.once('exit', () => {
    for (const child of started.children) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });
  ensurePackages();
  const dir = mkdtempSync(join(tmpdir(), 'epidural-wp-'));
  const socket = join(dir, 'mysql.sock');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { children } = started;
  started.paths.push(dir);

  // MariaDB, its own data folder, as root, on a socket only.
  execFileSync(
    'mariadb-install-db',
    [
      `--datadir=${dir}/db`,
      '--user=root',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ],
    { stdio: 'ignore' },
  );
  children.push(
    spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${dir}/db`,
        `--socket=${socket}`,
        '--skip-networking',
        '--user=root',
      ],
      {
        stdio: 'ignore',
        detached: true,
      },
    ),
  );
  const mariadb = (sql) =>
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', sql], {
      stdio: 'pipe',
    });
  await wait(() => {
    try {
      mariadb('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }, 'MariaDB');
  mariadb('CREATE DATABASE wordpress');

  // wp-content of its own: the theme, and the plugin unzipped from the zip a clinic uploads.
  const content = join(dir, 'content');
  mkdirSync(join(content, 'plugins'), { recursive: true });
  mkdirSync(join(content, 'uploads'), { recursive: true });
  cpSync(`${CORE}/wp-content/themes/twentytwentythree`, join(content, 'themes/twentytwentythree'), {
    recursive: true,
  });
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    const target = join(content, 'plugins', path);
    mkdirSync(dirname(target), { recursive: true });
    if (!path.endsWith('/')) writeFileSync(target, bytes);
  }

  // Debian's wp-config.php reads /etc/wordpress/config-<WORDPRESS_CONFIG>.php: a name of this
  // instance's own, so that two runs on one machine never share a configuration.
  mkdirSync('/etc/wordpress', { recursive: true });
  const name = `epidural-test-${port}-${process.pid}`;
  const config = `/etc/wordpress/config-${name}.php`;
  started.paths.push(config);
  writeFileSync(
    config,
    `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
${SALTS.map((key) => `define('${key}', '${randomBytes(32).toString('hex')}');`).join('\n')}
$table_prefix = 'wp_';
`,
  );

  // Every PHP script of this instance names its configuration first: the built-in server puts no
  // environment in $_SERVER. The prepend covers the scripts the router hands back (wp-login.php,
  // wp-admin/); the router and the CLI's -r code, which it does not reach, set it themselves.
  const prepend = join(dir, 'prepend.php');
  writeFileSync(prepend, `<?php $_SERVER['WORDPRESS_CONFIG'] = '${name}';\n`);

  // PHP's web server: wp-content from its own folder, everything else from Debian's WordPress.
  writeFileSync(
    join(dir, 'router.php'),
    `<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (strpos($path, '/wp-content/') === 0) {
  $file = '${content}' . substr($path, strlen('/wp-content'));
  if (is_file($file) && substr($file, -4) !== '.php') {
    $types = ['js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml'];
    header('Content-Type: ' . ($types[pathinfo($file, PATHINFO_EXTENSION)] ?? 'application/octet-stream'));
    readfile($file);
    return true;
  }
}
if ($path !== '/' && is_file('${CORE}' . $path)) return false;
$_SERVER['WORDPRESS_CONFIG'] = '${name}';
$_SERVER['SCRIPT_NAME'] = '/index.php';
require '${CORE}/index.php';
`,
  );

  /** Runs PHP with WordPress loaded (as the CLI, host 127.0.0.1) and returns what it printed. */
  const php = (code) =>
    execFileSync(
      'php',
      [
        '-d',
        `auto_prepend_file=${prepend}`,
        '-d',
        'display_errors=stderr',
        '-d',
        'sendmail_path=/bin/true',
        '-r',
        // auto_prepend_file does not run before -r code: the same line, here.
        `$_SERVER['HTTP_HOST'] = '127.0.0.1'; $_SERVER['WORDPRESS_CONFIG'] = '${name}'; ${code}`,
      ],
      {
        cwd: CORE,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );

  php(`define('WP_INSTALLING', true);
require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_install('A clinic', 'admin', 'admin@clinic.test', false, '', 'admin-password');
switch_theme('twentytwentythree');
$result = activate_plugin('epidural-info-card/epidural-info-card.php');
if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }
wp_insert_user(['user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@clinic.test', 'role' => 'author']);
wp_insert_user(['user_login' => 'contributor', 'user_pass' => 'contributor-password', 'user_email' => 'contributor@clinic.test', 'role' => 'contributor']);`);

  // What PHP's server logs (warnings, fatals: WordPress's own level with WP_DEBUG off), for tests
  // that must show a page raised none.
  const errorLog = join(dir, 'php-errors.log');
  writeFileSync(errorLog, '');

  children.push(
    // Workers: the block editor asks for dozens of scripts and REST answers at once.
    spawn(
      'php',
      [
        '-d',
        `auto_prepend_file=${prepend}`,
        '-d',
        'log_errors=1',
        '-d',
        `error_log=${errorLog}`,
        '-S',
        `127.0.0.1:${port}`,
        '-t',
        CORE,
        join(dir, 'router.php'),
      ],
      {
        cwd: CORE,
        stdio: 'ignore',
        detached: true,
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      },
    ),
  );
  await wait(
    () =>
      fetch(`${url}/`).then(
        (r) => r.ok,
        () => false,
      ),
    'WordPress',
  );

  return {
    url,
    php,
    /**
     * Saves a post as `user` (admin, author or contributor), through wp_insert_post: published, or
     * with `status` (a Contributor's is `pending`). `body`: text, or bytes (a Buffer).
     */
    post(user, title, body, status = 'publish') {
      // From a file: a long body would pass the limit of one command-line argument. Slashed, as
      // the editor's request is: wp_insert_post() unslashes, which would take a typed \x away.
      const file = join(dir, 'post-body');
      writeFileSync(file, body);
      const out = php(`require 'wp-load.php';
wp_set_current_user(get_user_by('login', ${JSON.stringify(user)})->ID);
$body = file_get_contents(${JSON.stringify(file)});
$id = wp_insert_post(['post_title' => ${JSON.stringify(title)}, 'post_content' => wp_slash($body), 'post_status' => ${JSON.stringify(status)}], true);
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
echo json_encode(['id' => $id, 'saved' => get_post_field('post_content', $id), 'link' => get_permalink($id)], JSON_INVALID_UTF8_SUBSTITUTE);`);
      return JSON.parse(out);
    },
    /** What PHP's server has logged since the instance started. */
    errors: () => readFileSync(errorLog, 'utf8'),
    stop: () => stopAll(started),
  };
}
