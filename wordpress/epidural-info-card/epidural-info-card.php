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
	'feedback'        => array( 'feedback', 'feedback', true ),
	'listen'          => array( 'listen', 'listen', true ),
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
 * The tag and its documented attributes survive kses for every role that can write posts, so a
 * card pasted as HTML (its text as headings, paragraphs and lists inside the tag, which kses
 * already allows) works for an Author or a Contributor as for an Administrator. Nothing else is
 * let through: no script, no style, no other attribute.
 *
 * @param array  $tags    The allowed tags and their attributes.
 * @param string $context The kses context.
 * @return array
 */
function epidural_info_card_kses( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	$attributes = array_fill_keys( array( 'id', 'lang', 'dir', 'src' ), true );
	foreach ( array_keys( EPIDURAL_INFO_CARD_ATTRIBUTES ) as $name ) {
		$attributes[ $name ] = true;
	}
	$tags['epidural-info-card'] = $attributes;
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'epidural_info_card_kses', 10, 2 );

/**
 * The card's links are links to kses too: a javascript: in cta-href or provider-href is taken out
 * as one in href is (the card would drop it anyway, and say so).
 *
 * @param string[] $attributes The attributes kses checks as URLs.
 * @return string[]
 */
function epidural_info_card_uri_attributes( $attributes ) {
	return array_merge( $attributes, array( 'cta-href', 'provider-href' ) );
}
add_filter( 'wp_kses_uri_attributes', 'epidural_info_card_uri_attributes' );

/**
 * A card pasted into a post as HTML (a prerendered snippet, by a user with unfiltered_html) is
 * finished markup: wpautop would wrap its tags in paragraphs, putting an empty <p> inside its
 * shadow root, and the other content filters would rewrite its text. Before them, each card is set
 * aside as a block-level placeholder that wpautop leaves alone; after all of them, it is put back
 * as it was saved. Cards the plugin prints (block, shortcode) come after this and are its own.
 *
 * @param string $content The post's content.
 * @return string
 */
function epidural_info_card_set_aside( $content ) {
	if ( false === stripos( $content, '<epidural-info-card' ) ) {
		return $content;
	}
	// A pasted tag needs the script as a block or a shortcode does; its own <script> is kses's.
	wp_enqueue_script( 'epidural-info-card' );
	$aside = preg_replace_callback(
		'/<epidural-info-card\b.*?<\/epidural-info-card\s*>/is',
		function ( $card ) {
			return sprintf( '<div data-epidural-info-card="%s"></div>', epidural_info_card_aside( $card[0] ) );
		},
		$content
	);
	// A content too large for the regular expression is left to the filters, as before.
	return null === $aside ? $content : $aside;
}
add_filter( 'the_content', 'epidural_info_card_set_aside', 8 );

/**
 * Keeps a card for epidural_info_card_put_back(), under a key no post can guess; with no card,
 * the cards kept so far by key.
 *
 * @param string|null $card The card's HTML.
 * @return string|array
 */
function epidural_info_card_aside( $card = null ) {
	static $kept = array();
	static $nonce = null;
	if ( null === $card ) {
		return $kept;
	}
	$nonce = $nonce ?? bin2hex( random_bytes( 8 ) );
	$key   = $nonce . '-' . count( $kept );
	$kept[ $key ] = $card;
	return $key;
}

/**
 * Puts back the cards epidural_info_card_set_aside() kept, after every other content filter.
 *
 * @param string $content The filtered content.
 * @return string
 */
function epidural_info_card_put_back( $content ) {
	$kept = epidural_info_card_aside();
	if ( ! $kept ) {
		return $content;
	}
	$back = preg_replace_callback(
		'/(?:<p>\s*)?<div data-epidural-info-card="([\w-]+)"><\/div>(?:\s*<\/p>)?/',
		fn( $m ) => $kept[ $m[1] ] ?? $m[0],
		$content
	);
	return null === $back ? $content : $back;
}
add_filter( 'the_content', 'epidural_info_card_put_back', PHP_INT_MAX );

/**
 * The clinic's own content (Settings → Epidural information), as a JSON text, or '' for the
 * built-in text. Every card on the site shows it.
 */
const EPIDURAL_INFO_CARD_OPTION = 'epidural_info_card_content';

/**
 * The clinic's accent colour for every card on the site (#rrggbb, Settings → Epidural information),
 * or '' for the card's own. A block's own accent colour lies over it.
 */
const EPIDURAL_INFO_CARD_ACCENT_OPTION = 'epidural_info_card_accent';

/** The most content the card takes, in characters (the card's MAX_CONTENT_LENGTH). */
const EPIDURAL_INFO_CARD_MAX_LENGTH = 100000;

require_once __DIR__ . '/includes/js.php';
require_once __DIR__ . '/generated/card.php';
require_once __DIR__ . '/includes/prerender.php';

/**
 * The element with its attributes and, where the plugin is sure the card accepts them, the card
 * itself prerendered (includes/prerender.php): painted before any script, readable without one.
 * Otherwise the bare element with the clinic's content as its JSON child: the card then checks
 * the values with its own rules, and reports a bad one in the browser's console and with an
 * epidural-info-error event, rather than the plugin dropping it unseen.
 *
 * @param array  $values Attribute values by the element's attribute name.
 * @param string $accent This card's accent colour (#rrggbb), or '' for the site's.
 * @return string
 */
function epidural_info_card_element( array $values, $accent = '', $json = null, $inner = '' ) {
	wp_enqueue_script( 'epidural-info-card' );
	$attributes = array();
	foreach ( EPIDURAL_INFO_CARD_ATTRIBUTES as $name => list( , , $is_boolean ) ) {
		$value = epidural_info_card_text( $values[ $name ] ?? null );
		if ( $is_boolean && filter_var( $value, FILTER_VALIDATE_BOOLEAN ) ) {
			$attributes[ $name ] = true;
		} elseif ( ! $is_boolean && null !== $value && '' !== $value ) {
			$attributes[ $name ] = $value;
		}
	}
	$json = $json ?? epidural_info_card_content_json();
	try {
		$parts = EpiduralInfoCard\Card\prerender( $attributes, $json );
	} catch ( Throwable $e ) {
		// Whatever the prerender could not handle is the card's to render, or refuse, in the browser:
		// never a page that answers 500 to every visitor.
		$parts = null;
	}
	$html  = '<epidural-info-card';
	foreach ( $parts ? $parts['attributes'] : $attributes as $name => $value ) {
		// The card's own escape(), as renderCard() writes the tag: every &, <, >, " and ' as a reference.
		$html .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, EpiduralInfoCard\Card\escape( $value ) );
	}
	$accent = sanitize_hex_color( $accent );
	if ( ! $accent ) {
		$accent = sanitize_hex_color( (string) get_option( EPIDURAL_INFO_CARD_ACCENT_OPTION, '' ) );
	}
	if ( $accent ) {
		$html .= sprintf( ' style="--epidural-info-card-accent:%s"', esc_attr( $accent ) );
	}
	// Not prerendered: the JSON child for the card to read or refuse, then the text's own HTML
	// (a block's inner blocks), which the card shows if it refuses the JSON.
	$inner = $parts
		? epidural_info_card_unfiltered( $parts['innerHTML'] )
		: ( '' === $json ? '' : '<script type="application/json">' . epidural_info_card_unfiltered( str_replace( '<', '\u003c', $json ) ) . '</script>' ) . $inner;
	return $html . '>' . $inner . '</epidural-info-card>';
}

/**
 * An attribute's value as text the card can read, or null for none. A shortcode's attributes go
 * through stripcslashes(), so an Author who types "\xff" gives bytes that are not UTF-8, on which
 * every /u regular expression fails: each such byte becomes U+FFFD, as a browser shows it. A value
 * is cut at the card's content limit (EPIDURAL_INFO_CARD_MAX_LENGTH bytes): WordPress's own
 * filters fail on a tag of a megabyte (convert_smilies' preg_split passes PCRE's backtrack limit
 * and the page answers 500), and a value cut short is one the card still shows or reports. A block
 * attribute that is an array or an object (WordPress checks the block's types, a filter may not)
 * is no value of the card's.
 *
 * @param mixed $value The shortcode's or the block's value.
 * @return string|null
 */
function epidural_info_card_text( $value ) {
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$flags = ENT_QUOTES | ENT_SUBSTITUTE;
	$text  = substr( (string) $value, 0, EPIDURAL_INFO_CARD_MAX_LENGTH );
	return htmlspecialchars_decode( htmlspecialchars( $text, $flags, 'UTF-8' ), $flags );
}

/**
 * The card's HTML in a form WordPress's later filters leave as it is, and that a browser reads
 * exactly as before. A block's output is filtered again after the plugin prints it (the_content,
 * and a block theme's whole template): do_shortcode would run a "[gallery]" in the clinic's text,
 * convert_smilies would turn ":)" or "8)" into an image, and "]]>" becomes "]]&gt;". So in the
 * markup ":", ";", "[" and an "8" before "-" or "O" are written as character references (the
 * parsed text is the same), and in the JSON "[" before a name and every ">" as \u escapes (the
 * parsed value is the same). The stylesheet is left alone, so its CSP hash still holds.
 *
 * @param string $html The prerendered card's inner HTML, or a JSON text.
 * @return string
 */
function epidural_info_card_unfiltered( $html ) {
	$json = fn( $text ) => str_replace( '>', '\u003e', preg_replace( '/\[(?=[\w\[-])/', '\u005b', $text ) );
	if ( '' === $html || '{' === $html[0] ) {
		return $json( $html );
	}
	return preg_replace_callback(
		'/(<style>.*?<\/style>)|(<script[^>]*>)(.*?)(<\/script>)|&#?\w+;|[:;\[]|8(?=[-O])/s',
		function ( $m ) use ( $json ) {
			if ( '' !== ( $m[1] ?? '' ) ) {
				return $m[1];
			}
			if ( '' !== ( $m[2] ?? '' ) ) {
				return $m[2] . $json( $m[3] ) . $m[4];
			}
			return '&' === $m[0][0] ? $m[0] : '&#' . ord( $m[0] ) . ';';
		},
		$html
	);
}

/**
 * The clinic's content (Settings → Epidural information) as the JSON text saved, or '' for the
 * built-in text. Printed as it is where the plugin cannot prerender it ("<" escaped), so the card
 * reads, or reports, exactly what was saved.
 *
 * @return string
 */
function epidural_info_card_content_json() {
	return trim( (string) get_option( EPIDURAL_INFO_CARD_OPTION, '' ) );
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
 * The block epidural-info-card/card, rendered on the server. Its text, written as WordPress's own
 * blocks inside it, comes as `content`: the card's content format, which the editor had the
 * card's own reader make of those blocks. With none, the site's text (or the built-in one).
 *
 * @param array  $attributes The block's attributes.
 * @param string $content    Its inner blocks' HTML: the text as written, for the card to read
 *                           where the content cannot be prerendered.
 * @return string
 */
function epidural_info_card_render_block( $attributes, $content = '' ) {
	$values = array();
	foreach ( EPIDURAL_INFO_CARD_ATTRIBUTES as $name => list( , $block_name ) ) {
		$values[ $name ] = isset( $attributes[ $block_name ] ) ? $attributes[ $block_name ] : null;
	}
	$text = isset( $attributes['content'] ) && is_string( $attributes['content'] ) ? trim( $attributes['content'] ) : '';
	return epidural_info_card_element(
		$values,
		(string) epidural_info_card_text( $attributes['accentColor'] ?? '' ),
		'' === $text ? null : $text,
		is_string( $content ) ? $content : ''
	);
}

/**
 * The card in the block editor: the same script, so the preview is the live card.
 */
function epidural_info_card_editor_assets() {
	wp_enqueue_script( 'epidural-info-card' );
}
add_action( 'enqueue_block_editor_assets', 'epidural_info_card_editor_assets' );

/**
 * The setting: one JSON text, written by the settings page's form (admin/settings.js), which the
 * card itself checked while it was typed.
 */
function epidural_info_card_register_setting() {
	register_setting(
		'epidural_info_card',
		EPIDURAL_INFO_CARD_OPTION,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'epidural_info_card_sanitize_content',
			'show_in_rest'      => false,
		)
	);
	register_setting(
		'epidural_info_card',
		EPIDURAL_INFO_CARD_ACCENT_OPTION,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'epidural_info_card_sanitize_accent',
			'show_in_rest'      => false,
		)
	);
}
add_action( 'admin_init', 'epidural_info_card_register_setting' );

/**
 * Keeps a JSON object of about the card's size, as the form wrote it; anything else is refused
 * with a message, and the content saved before stays.
 *
 * @param mixed $value What the form sent.
 * @return string
 */
function epidural_info_card_sanitize_content( $value ) {
	$previous = (string) get_option( EPIDURAL_INFO_CARD_OPTION, '' );
	// options.php has already unslashed what the form posted.
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( '' === $value ) {
		return '';
	}
	if ( ! is_object( json_decode( $value ) ) || strlen( $value ) > 3 * EPIDURAL_INFO_CARD_MAX_LENGTH ) {
		add_settings_error(
			EPIDURAL_INFO_CARD_OPTION,
			'invalid',
			__( 'The card’s content could not be saved: it is not the card’s content format, or it is over 100,000 characters. Your previous content is kept.', 'epidural-info-card' )
		);
		return $previous;
	}
	// Kept as the form wrote it (the card checked it), so that {} stays an object.
	return $value;
}

/**
 * Keeps a colour given as # and six hexadecimal digits (the form's colour picker writes it so), or
 * '' for the card's own; anything else is refused with a message, and the colour saved before stays.
 *
 * @param mixed $value What the form sent.
 * @return string
 */
function epidural_info_card_sanitize_accent( $value ) {
	$value = is_string( $value ) ? strtolower( trim( $value ) ) : '';
	if ( '' === $value || preg_match( '/^#[0-9a-f]{6}$/', $value ) ) {
		return $value;
	}
	add_settings_error(
		EPIDURAL_INFO_CARD_ACCENT_OPTION,
		'invalid',
		__( 'The accent colour could not be saved: give it as # and six hexadecimal digits, such as #7a1f5c. Your previous colour is kept.', 'epidural-info-card' )
	);
	return (string) get_option( EPIDURAL_INFO_CARD_ACCENT_OPTION, '' );
}

/**
 * Settings → Epidural information: the clinic's text, once for every card on the site.
 */
function epidural_info_card_admin_menu() {
	$hook = add_options_page(
		__( 'Epidural information card', 'epidural-info-card' ),
		__( 'Epidural information', 'epidural-info-card' ),
		'manage_options',
		'epidural-info-card',
		'epidural_info_card_settings_page'
	);
	add_action(
		'admin_enqueue_scripts',
		function ( $current ) use ( $hook ) {
			if ( $current !== $hook ) {
				return;
			}
			wp_enqueue_script( 'epidural-info-card' );
			wp_enqueue_script(
				'epidural-info-card-settings',
				plugins_url( 'admin/settings.js', __FILE__ ),
				array( 'epidural-info-card', 'wp-i18n' ),
				EPIDURAL_INFO_CARD_VERSION,
				true
			);
			wp_enqueue_style(
				'epidural-info-card-settings',
				plugins_url( 'admin/settings.css', __FILE__ ),
				array(),
				EPIDURAL_INFO_CARD_VERSION
			);
		}
	);
}
add_action( 'admin_menu', 'epidural_info_card_admin_menu' );

/**
 * The settings page: a form the script fills in (admin/settings.js), the live card beside it.
 */
function epidural_info_card_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Epidural information card', 'epidural-info-card' ); ?></h1>
		<p><?php esc_html_e( 'Your clinic’s own text, shown by every Epidural injection information block and [epidural_info_card] shortcode on the site. It starts as the card’s built-in text: change what you need. The card beside the form is what readers will see; it checks your text as you type.', 'epidural-info-card' ); ?></p>
		<?php settings_errors( EPIDURAL_INFO_CARD_OPTION ); ?>
		<?php settings_errors( EPIDURAL_INFO_CARD_ACCENT_OPTION ); ?>
		<div class="epidural-info-card-settings">
			<form method="post" action="options.php" id="epidural-info-card-form">
				<?php settings_fields( 'epidural_info_card' ); ?>
				<input type="hidden" name="<?php echo esc_attr( EPIDURAL_INFO_CARD_OPTION ); ?>" id="epidural-info-card-content" value="<?php echo esc_attr( (string) get_option( EPIDURAL_INFO_CARD_OPTION, '' ) ); ?>">
				<fieldset class="epidural-info-card-look">
					<legend><?php esc_html_e( 'Look', 'epidural-info-card' ); ?></legend>
					<p>
						<label for="epidural-info-card-accent"><?php esc_html_e( 'Accent colour, for every card (a block can choose its own)', 'epidural-info-card' ); ?></label><br>
						<input type="text" id="epidural-info-card-accent" name="<?php echo esc_attr( EPIDURAL_INFO_CARD_ACCENT_OPTION ); ?>" value="<?php echo esc_attr( (string) get_option( EPIDURAL_INFO_CARD_ACCENT_OPTION, '' ) ); ?>" placeholder="#0b5cad" size="8" aria-describedby="epidural-info-card-accent-help epidural-info-card-contrast">
						<br><span class="description" id="epidural-info-card-accent-help"><?php esc_html_e( 'As # and six hexadecimal digits. Empty: the card’s own blue.', 'epidural-info-card' ); ?></span>
					</p>
					<p id="epidural-info-card-contrast" role="status"></p>
				</fieldset>
				<div id="epidural-info-card-fields"></div>
				<div id="epidural-info-card-problems" role="alert"></div>
				<?php submit_button( __( 'Save the card’s text', 'epidural-info-card' ) ); ?>
			</form>
			<div class="epidural-info-card-preview">
				<h2><?php esc_html_e( 'Preview', 'epidural-info-card' ); ?></h2>
				<epidural-info-card id="epidural-info-card-preview" open-sections="all"></epidural-info-card>
			</div>
		</div>
	</div>
	<?php
}
