<?php
/**
 * The prerendered card, printed into the page at render time: what the project's renderCard()
 * prints, from the same templates (generated/card.php is translated from the card's TypeScript at
 * build time; a test renders thousands of cards both ways and compares the bytes).
 *
 * This file only lays the attributes over the content as renderCard() does. It prerenders only
 * what it is sure the card accepts: content of the card's format (its JSON schema, and the two
 * rules a schema cannot say) with links it can read beyond doubt. For anything else it returns
 * null and the plugin prints the bare element, which the card then renders, or refuses with its
 * own message, when its script runs.
 *
 * @package EpiduralInfoCard
 */

namespace EpiduralInfoCard\Card;

defined( 'ABSPATH' ) || exit;

/**
 * The card as renderCardParts() gives it, or null where the card itself must decide.
 *
 * @param array  $attributes The element's attributes: a string, or true for a boolean one.
 * @param string $json       The content as a JSON text, or '' for the built-in text.
 * @return array{attributes: array, innerHTML: string}|null
 */
function prerender( array $attributes, $json ) {
	$base = json_decode( '' === $json ? built_in_json() : $json );
	if ( ! fits_the_format( $base ) ) {
		return null;
	}
	$value = fn( $name ) => isset( $attributes[ $name ] ) ? (string) $attributes[ $name ] : null;

	$shown = overlaid( $base, $value( 'cta-href' ), $value( 'cta-label' ), $value( 'provider-name' ), $value( 'provider-href' ) );
	if ( null === $shown ) {
		return null;
	}
	// Only a plain digit: the card also reads " 3" or "3.0" as 3, and says so itself.
	$level = null === $value( 'heading-level' ) ? 2 : $value( 'heading-level' );
	if ( ! preg_match( '/^[1-6]$/D', (string) $level ) ) {
		return null;
	}
	$theme = $value( 'theme' ) ?? 'light';
	if ( themeOf( $theme ) !== $theme ) {
		return null;
	}
	$known     = array_map( fn( $s ) => $s->id, collapsible( $shown ) );
	$requested = preg_split( '/[' . JS_SPACE . ']+/u', (string) $value( 'open-sections' ), -1, PREG_SPLIT_NO_EMPTY );
	if ( unknownSections( $requested, $known ) ) {
		return null;
	}
	$exclusive = isset( $attributes['exclusive'] );
	foreach ( array( 'exclusive', 'structured-data', 'feedback', 'listen' ) as $boolean ) {
		if ( isset( $attributes[ $boolean ] ) ) {
			$attributes[ $boolean ] = true;
		}
	}
	$view = (object) array(
		'content'     => $shown,
		'strings'     => (object) array_merge( (array) englishStrings(), (array) ( $shown->strings ?? array() ) ),
		'level'       => (int) $level,
		'exclusive'   => $exclusive,
		'open'        => openIds( $known, requestedIds( $requested, $known ), $exclusive ),
		'theme'       => themeOf( $theme ),
		'prerendered' => true,
		'feedback'    => isset( $attributes['feedback'] ),
	);
	try {
		$markup = cardTemplate( $view );
		// Stamped as renderCard() stamps it (card.templates.ts markupHash), so the script takes it
		// over as it stands: the markup's version, a hash of the content shown and its shape (over
		// UTF-16 code units, as JavaScript reads a string), and the number of elements in its shadow
		// root (the stylesheet and the card's). Without
		// iconv, unstamped: the script draws the card again.
		// Content with attributes laid over it is the card's clean copy of it, in schema order.
		$schema = json_decode( content_schema_json() );
		$hashed = jsonText( $shown === $base ? $shown : in_schema_order( $shown, $schema, $schema ) ) . shapeOf( $view );
		$units  = function_exists( 'iconv' ) ? iconv( 'UTF-8', 'UTF-16BE', $hashed ) : false;
		if ( false !== $units ) {
			$hash = 0;
			foreach ( unpack( 'n*', $units ) as $unit ) {
				$hash = ( $hash * 31 + $unit ) & 0xFFFFFFFF;
			}
			$stamp  = MARKUP_VERSION() . '-' . base_convert( (string) $hash, 10, 36 ) . '-' . ( substr_count( $markup, '</' ) + 1 );
			$markup = preg_replace( '/<article /', '<article data-v="' . $stamp . '" ', $markup, 1 );
		}
		// The light-DOM copy: what a reader gets where the shadow root is not attached.
		$copy = lightTemplate( $view );
	} catch ( Cannot_Prerender $e ) {
		return null;
	}
	ksort( $attributes, SORT_STRING );
	$light = ( '' === $json ? '' : '<script type="application/json">' . jsonText( $base ) . '</script>' ) . $copy
		. ( isset( $attributes['structured-data'] ) ? '<script type="application/ld+json">' . jsonText( structuredData( $shown ) ) . '</script>' : '' );
	return array(
		'attributes' => $attributes,
		'innerHTML'  => '<template shadowrootmode="open"><style>' . card_css() . '</style>' . $markup . '</template>' . $light,
	);
}

/**
 * The content with the cta-… and provider-… attributes laid over it, as the card's overlay does,
 * or null if the result is not surely the card's format.
 *
 * @param object      $base          The content.
 * @param string|null $cta_href      cta-href.
 * @param string|null $cta_label     cta-label.
 * @param string|null $provider_name provider-name.
 * @param string|null $provider_href provider-href.
 * @return object|null
 */
function overlaid( $base, $cta_href, $cta_label, $provider_name, $provider_href ) {
	if ( null === $cta_href && null === $cta_label && null === $provider_name && null === $provider_href ) {
		return $base;
	}
	$content = clone $base;
	$lay     = function ( $under, array $set, array $defaults = array() ) {
		$set = array_filter( $set, fn( $v ) => null !== $v );
		return $set ? (object) array_merge( $defaults, (array) ( $under ?? array() ), $set ) : $under;
	};
	$content->cta      = $lay(
		$base->cta ?? null,
		array(
			'label' => $cta_label,
			'href'  => $cta_href,
		),
		array( 'label' => $base->strings->cta ?? englishStrings()->cta )
	);
	$content->provider = $lay(
		$base->provider ?? null,
		array(
			'name' => $provider_name,
			'url'  => $provider_href,
		)
	);
	foreach ( array( 'cta', 'provider' ) as $field ) {
		if ( null === $content->$field ) {
			unset( $content->$field );
		}
	}
	return fits_the_format( $content ) ? $content : null;
}

/**
 * Whether the card surely accepts the content as it is: the card's JSON schema, unique section
 * ids, no rating over its best, dates that are days of the calendar, links of the card's four kinds that a URL parser reads without
 * doubt, and the card's size limit.
 *
 * @param mixed $content Decoded JSON (objects as stdClass).
 * @return bool
 */
function fits_the_format( $content ) {
	static $schema = null;
	$schema = $schema ?? json_decode( content_schema_json() );
	if ( ! is_object( $content ) || ! fits( $content, $schema, $schema ) ) {
		return false;
	}
	$ids = array_map( fn( $s ) => $s->id, $content->sections );
	if ( count( array_unique( $ids ) ) !== count( $ids ) ) {
		return false;
	}
	$rating = $content->provider->rating ?? null;
	if ( $rating && $rating->value > $rating->best ) {
		return false;
	}
	// Dates are days of the calendar (no 30 February).
	$dates = array_merge(
		array( $content->lastReviewed ?? null, $content->nextReview ?? null ),
		array_map( fn( $s ) => $s->date ?? null, $content->sources ?? array() )
	);
	foreach ( array_filter( $dates ) as $date ) {
		list( $year, $month, $day ) = array_map( 'intval', explode( '-', $date ) );
		if ( ! checkdate( $month, $day, max( $year, 1 ) ) ) {
			return false;
		}
	}
	return js_strlen( jsonText( $content ) ) <= MAX_CONTENT_LENGTH;
}

/**
 * An object's fields in the order of the schema's properties, which is the order the card's
 * validator writes its clean copy in (the stamp hashes the content's JSON): the cta-… and
 * provider-… attributes laid over the content add fields at the end here.
 *
 * @param mixed  $value  The value.
 * @param object $node   The schema node.
 * @param object $schema The whole schema, for $ref.
 * @return mixed
 */
function in_schema_order( $value, $node, $schema ) {
	if ( isset( $node->{'$ref'} ) ) {
		$node = $schema->{'$defs'}->{ substr( $node->{'$ref'}, strlen( '#/$defs/' ) ) };
	}
	if ( ! is_object( $value ) || ! isset( $node->properties ) ) {
		return $value;
	}
	$ordered = new \stdClass();
	foreach ( $node->properties as $name => $property ) {
		if ( property_exists( $value, $name ) ) {
			$ordered->$name = in_schema_order( $value->$name, $property, $schema );
		}
	}
	return $ordered;
}

/**
 * Whether a value fits a node of the JSON schema (the keywords the card's schema uses).
 *
 * @param mixed  $value  The value.
 * @param object $node   The schema node.
 * @param object $schema The whole schema, for $ref.
 * @return bool
 */
function fits( $value, $node, $schema ) {
	if ( isset( $node->{'$ref'} ) ) {
		$name = substr( $node->{'$ref'}, strlen( '#/$defs/' ) );
		if ( 'link' === $name && ( ! is_string( $value ) || ! is_surely_a_link( $value ) ) ) {
			return false;
		}
		return fits( $value, $schema->{'$defs'}->$name, $schema );
	}
	// A keyword this check does not know fails closed: the card decides instead.
	$known = array( 'type', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'pattern', 'pcre', 'minimum', 'allOf', 'description', 'title', '$schema', '$defs' );
	if ( array_diff( array_keys( get_object_vars( $node ) ), $known ) ) {
		return false;
	}
	foreach ( $node->allOf ?? array() as $part ) {
		if ( ! fits( $value, $part, $schema ) ) {
			return false;
		}
	}
	$type = $node->type ?? null;
	if ( 'object' === $type ) {
		if ( ! is_object( $value ) ) {
			return false;
		}
		$fields = get_object_vars( $value );
		foreach ( $node->required ?? array() as $name ) {
			if ( ! array_key_exists( $name, $fields ) ) {
				return false;
			}
		}
		foreach ( $fields as $name => $field ) {
			$property = $node->properties->$name ?? null;
			if ( ! $property || ! fits( $field, $property, $schema ) ) {
				return false;
			}
		}
		return true;
	}
	if ( 'array' === $type ) {
		if ( ! is_array( $value ) || count( $value ) < ( $node->minItems ?? 0 ) ) {
			return false;
		}
		foreach ( $value as $item ) {
			if ( ! fits( $item, $node->items, $schema ) ) {
				return false;
			}
		}
		return true;
	}
	if ( 'string' === $type ) {
		return is_string( $value ) && ( ! isset( $node->pcre ) || 1 === preg_match( $node->pcre, $value ) );
	}
	if ( 'number' === $type ) {
		return ( is_int( $value ) || is_float( $value ) ) && is_finite( (float) $value )
			&& ( ! isset( $node->minimum ) || $value >= $node->minimum );
	}
	if ( 'boolean' === $type ) {
		return is_bool( $value );
	}
	return false;
}

/**
 * Whether a link is one the card surely keeps: mailto:, tel:, a relative link, or an http(s) one
 * whose host is a plain domain name. The card also takes what a full URL parser reads (an IP
 * address, a user name, an internationalised domain); for those it decides itself.
 *
 * @param string $href The link.
 * @return bool
 */
function is_surely_a_link( $href ) {
	// A URL parser drops tabs, line breaks and surrounding spaces: leave that to the card.
	if ( preg_match( '/^[\x00-\x20]|[\x00-\x20]$|[\t\n\r]/D', $href ) ) {
		return false;
	}
	if ( preg_match( '/^([^:\/?#]*):/', $href, $scheme ) ) {
		if ( preg_match( '/^(mailto|tel)$/Di', $scheme[1] ) ) {
			return true;
		}
		if ( ! preg_match( '/^https?$/Di', $scheme[1] ) ) {
			return false;
		}
		return is_plain_authority( preg_replace( '/^[\/\\\\]*/', '', substr( $href, strlen( $scheme[0] ) ) ) );
	}
	// "//host/…" and "\\host" name a host; anything else is a path on the page's own.
	if ( preg_match( '/^[\/\\\\]{2}/', $href ) ) {
		return is_plain_authority( preg_replace( '/^[\/\\\\]*/', '', $href ) );
	}
	return true;
}

/**
 * Whether what follows "https://" starts with a plain domain name and an optional port.
 *
 * @param string $rest The link after its scheme and slashes.
 * @return bool
 */
function is_plain_authority( $rest ) {
	$authority = preg_split( '/[\/\\\\?#]/', $rest, 2 )[0];
	if ( ! preg_match( '/^((?:[A-Za-z0-9_-]+\.)*[A-Za-z][A-Za-z0-9_-]*)\.?(?::([0-9]*))?$/D', $authority, $m ) ) {
		return false;
	}
	// Punycode labels are checked by the parser's IDNA step; ports stop at 65535.
	return ! preg_match( '/(^|\.)xn--/i', $m[1] ) && ( ! isset( $m[2] ) || '' === $m[2] || (int) $m[2] <= 65535 );
}
