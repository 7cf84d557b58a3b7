<?php
/**
 * Plugin Name:       Epidural injection information card
 * Plugin URI:        https://github.com/epidural-info-card/epidural-info-card
 * Description:       An accessible, collapsible information card about epidural injections, as a block and a shortcode, for every editor role.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       epidural-info-card
 *
 * WordPress plumbing only: the card itself is the <epidural-info-card> element, from the plugin's
 * own copy of the release script (assets/). The block and the shortcode print the element at
 * render time, after kses, wpautop and wptexturize have run on the post, so an Author's post gets
 * exactly what an Administrator's does.
 *
 * @package EpiduralInfoCard
 */

defined( 'ABSPATH' ) || exit;

define( 'EPIDURAL_INFO_CARD_VERSION', '0.1.0' );

/**
 * The element's attributes: the shortcode's name (the element's with underscores), the block's
 * attribute name, and whether it is a boolean attribute.
 */
const EPIDURAL_INFO_CARD_ATTRIBUTES = array(
	'open-sections'   => array( 'open_sections', 'openSections', false ),
	'heading-level'   => array( 'heading_level', 'headingLevel', false ),
	'theme'           => array( 'theme', 'theme', false ),
	'exclusive'       => array( 'exclusive', 'exclusive', true ),
	'cta-href'        => array( 'cta_href', 'ctaHref', false ),
	'cta-label'       => array( 'cta_label', 'ctaLabel', false ),
	'provider-name'   => array( 'provider_name', 'providerName', false ),
	'provider-href'   => array( 'provider_href', 'providerHref', false ),
	'structured-data' => array( 'structured_data', 'structuredData', true ),
);

/**
 * Registers the script (printed only on pages with a card), the block and the shortcode.
 */
function epidural_info_card_init() {
	wp_register_script(
		'epidural-info-card',
		plugins_url( 'assets/epidural-info-card.js', __FILE__ ),
		array(),
		EPIDURAL_INFO_CARD_VERSION,
		true
	);
	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'epidural_info_card_render_block' )
	);
	add_shortcode( 'epidural_info_card', 'epidural_info_card_shortcode' );
}
add_action( 'init', 'epidural_info_card_init' );

/**
 * The script tag: deferred and pinned by its Subresource Integrity hash. A filter rather than
 * wp_register_script's strategy, which WordPress only has from 6.3.
 *
 * @param string $tag    The <script> tag WordPress prints.
 * @param string $handle The script's handle.
 * @return string
 */
function epidural_info_card_script_tag( $tag, $handle ) {
	if ( 'epidural-info-card' !== $handle ) {
		return $tag;
	}
	$sri = trim( (string) file_get_contents( __DIR__ . '/assets/epidural-info-card.js.sri' ) );
	return str_replace(
		' src=',
		sprintf( ' defer integrity="%s" crossorigin="anonymous" src=', esc_attr( $sri ) ),
		$tag
	);
}
add_filter( 'script_loader_tag', 'epidural_info_card_script_tag', 10, 2 );

/**
 * The element's text is the card's own: wptexturize (which block themes run over the whole page)
 * must not curl its quotes.
 *
 * @param string[] $tags Tags whose content wptexturize leaves alone.
 * @return string[]
 */
function epidural_info_card_no_texturize( $tags ) {
	$tags[] = 'epidural-info-card';
	return $tags;
}
add_filter( 'no_texturize_tags', 'epidural_info_card_no_texturize' );

/**
 * The element with its attributes. Values are passed as they were typed, escaped for the
 * attribute: the card checks them with its own rules, and reports a bad one in the browser's
 * console and with an epidural-info-error event, rather than the plugin dropping it unseen.
 *
 * @param array $values Attribute values by the element's attribute name.
 * @return string
 */
function epidural_info_card_element( array $values ) {
	wp_enqueue_script( 'epidural-info-card' );
	$html = '<epidural-info-card';
	foreach ( EPIDURAL_INFO_CARD_ATTRIBUTES as $name => list( , , $is_boolean ) ) {
		if ( ! isset( $values[ $name ] ) ) {
			continue;
		}
		$value = $values[ $name ];
		if ( $is_boolean ) {
			if ( filter_var( $value, FILTER_VALIDATE_BOOLEAN ) ) {
				$html .= ' ' . $name;
			}
		} elseif ( '' !== (string) $value ) {
			$html .= sprintf( ' %s="%s"', $name, esc_attr( (string) $value ) );
		}
	}
	return $html . '></epidural-info-card>';
}

/**
 * [epidural_info_card open_sections="benefits" cta_href="/book" …]
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function epidural_info_card_shortcode( $atts ) {
	$defaults = array();
	foreach ( EPIDURAL_INFO_CARD_ATTRIBUTES as list( $shortcode_name ) ) {
		$defaults[ $shortcode_name ] = null;
	}
	$atts   = shortcode_atts( $defaults, is_array( $atts ) ? $atts : array(), 'epidural_info_card' );
	$values = array();
	foreach ( EPIDURAL_INFO_CARD_ATTRIBUTES as $name => list( $shortcode_name ) ) {
		$values[ $name ] = $atts[ $shortcode_name ];
	}
	return epidural_info_card_element( $values );
}

/**
 * The block epidural-info-card/card, rendered on the server.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function epidural_info_card_render_block( $attributes ) {
	$values = array();
	foreach ( EPIDURAL_INFO_CARD_ATTRIBUTES as $name => list( , $block_name ) ) {
		$values[ $name ] = isset( $attributes[ $block_name ] ) ? $attributes[ $block_name ] : null;
	}
	return epidural_info_card_element( $values );
}

/**
 * The card in the block editor: the same script, so the preview is the live card.
 */
function epidural_info_card_editor_assets() {
	wp_enqueue_script( 'epidural-info-card' );
}
add_action( 'enqueue_block_editor_assets', 'epidural_info_card_editor_assets' );
