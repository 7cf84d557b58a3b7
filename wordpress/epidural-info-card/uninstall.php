<?php
/**
 * Uninstall: the plugin stores nothing (no option, no post meta, no table), so there is nothing to
 * remove. Posts keep their blocks and shortcodes as text, as WordPress keeps any block whose
 * plugin is gone.
 *
 * @package EpiduralInfoCard
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
