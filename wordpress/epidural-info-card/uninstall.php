<?php
/**
 * Uninstall: removes the one thing the plugin stores, the clinic's content. Posts keep their
 * blocks and shortcodes as text, as WordPress keeps any block whose plugin is gone.
 *
 * @package EpiduralInfoCard
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'epidural_info_card_content' );
delete_option( 'epidural_info_card_accent' );
