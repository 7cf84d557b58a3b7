<?php
/**
 * JavaScript's rules, for the card's templates translated to PHP (generated/card.php, written by
 * the project's scripts/php/transpile.mjs): String(), truthiness, JSON.stringify and the few array
 * helpers the templates use. Content is decoded with objects as stdClass, so `{}` and `[]` stay
 * apart, and a missing field is null, JavaScript's undefined.
 *
 * @package EpiduralInfoCard
 */

namespace EpiduralInfoCard\Card;

defined( 'ABSPATH' ) || exit;

/**
 * String(value).
 *
 * @param mixed $value Any value.
 * @return string
 */
function js_str( $value ) {
	if ( is_string( $value ) ) {
		return $value;
	}
	if ( null === $value ) {
		return 'undefined';
	}
	if ( is_bool( $value ) ) {
		return $value ? 'true' : 'false';
	}
	if ( is_int( $value ) ) {
		return (string) $value;
	}
	if ( is_float( $value ) ) {
		return js_number( $value );
	}
	if ( is_array( $value ) ) {
		return js_join( $value, ',' );
	}
	return '[object Object]';
}

/**
 * A number as JavaScript writes it (ECMA-262 Number::toString): the shortest digits that read
 * back as the same double, in plain notation from 1e-7 to 1e21.
 *
 * @param float $number A number.
 * @return string
 */
function js_number( $number ) {
	if ( is_nan( $number ) ) {
		return 'NaN';
	}
	if ( is_infinite( $number ) ) {
		return $number > 0 ? 'Infinity' : '-Infinity';
	}
	if ( 0.0 === (float) $number ) {
		return '0';
	}
	$previous = ini_get( 'serialize_precision' );
	ini_set( 'serialize_precision', '-1' ); // phpcs:ignore WordPress.PHP.IniSet -- the shortest round-trip digits, restored below.
	$shortest = var_export( (float) abs( $number ), true ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
	ini_set( 'serialize_precision', $previous ); // phpcs:ignore WordPress.PHP.IniSet
	preg_match( '/^(\d+)(?:\.(\d+))?(?:E([+-]?\d+))?$/i', $shortest, $m );
	$fraction = isset( $m[2] ) ? $m[2] : '';
	$digits   = $m[1] . $fraction;
	$point    = strlen( $m[1] ) + ( isset( $m[3] ) ? (int) $m[3] : 0 );
	$trimmed  = ltrim( $digits, '0' );
	$point   -= strlen( $digits ) - strlen( $trimmed );
	$digits   = rtrim( $trimmed, '0' );
	$k        = strlen( $digits );
	$sign     = $number < 0 ? '-' : '';
	if ( $k <= $point && $point <= 21 ) {
		return $sign . $digits . str_repeat( '0', $point - $k );
	}
	if ( 0 < $point && $point <= 21 ) {
		return $sign . substr( $digits, 0, $point ) . '.' . substr( $digits, $point );
	}
	if ( -6 < $point && $point <= 0 ) {
		return $sign . '0.' . str_repeat( '0', -$point ) . $digits;
	}
	$exponent = $point - 1;
	$mantissa = 1 === $k ? $digits : $digits[0] . '.' . substr( $digits, 1 );
	return $sign . $mantissa . 'e' . ( $exponent < 0 ? '-' : '+' ) . abs( $exponent );
}

/** Thrown where the PHP cannot match the browser's output: the card then renders itself. */
class Cannot_Prerender extends \Exception {}

/** An error JavaScript would throw, for a translated try/catch. */
class Js_Error extends \Exception {}

/**
 * new Intl.NumberFormat(lang).format(number), for English below 1000 (at most three decimals,
 * rounded half away from zero, as ICU's default; no grouping to differ between en-GB and en-IN).
 * Without PHP's intl extension anything else (a decimal comma, other digits) is left to the card.
 *
 * @param string    $lang   The content's language.
 * @param int|float $number A finite number.
 * @return string
 * @throws Cannot_Prerender For another language, or a number that rounds to 1000 or more.
 */
function js_number_format( $lang, $number ) {
	$text = rtrim( rtrim( number_format( (float) $number, 3, '.', '' ), '0' ), '.' );
	// 999.9995 rounds to 1000, which en-GB writes "1,000" and en-IN alike, but not every number.
	if ( ! preg_match( '/^en(-[A-Za-z]{2}|-[0-9]{3})?$/D', (string) $lang ) || ! preg_match( '/^-?[0-9]{1,3}(\.|$)/', $text ) ) {
		throw new Cannot_Prerender( 'a number in ' . $lang );
	}
	return '-0' === $text ? '0' : $text;
}

/**
 * new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(iso)), for
 * English: "November 7, 2026" (en, en-US) and "7 November 2026" (en-GB). Other languages are left
 * to the card; a day no month has throws, as JavaScript's RangeError does.
 *
 * @param string $lang The content's language.
 * @param string $iso  A date as YYYY-MM-DD.
 * @return string
 * @throws Cannot_Prerender For another language.
 * @throws Js_Error For a date that does not exist.
 */
function js_long_date( $lang, $iso ) {
	$styles = array(
		'en'    => 'F j, Y',
		'en-US' => 'F j, Y',
		'en-GB' => 'j F Y',
	);
	list( $year, $month, $day ) = array_map( 'intval', explode( '-', $iso ) );
	// ICU writes the year 999 as "999", PHP as "0999".
	if ( ! isset( $styles[ $lang ] ) || $year < 1000 ) {
		throw new Cannot_Prerender( 'a date in ' . $lang );
	}
	if ( ! checkdate( $month, $day, $year ) ) {
		throw new Js_Error( 'Invalid time value' );
	}
	return gmdate( $styles[ $lang ], gmmktime( 0, 0, 0, $month, $day, $year ) );
}

/**
 * Whether JavaScript takes the value as true.
 *
 * @param mixed $value Any value.
 * @return bool
 */
function js_truthy( $value ) {
	if ( is_string( $value ) ) {
		return '' !== $value;
	}
	if ( is_int( $value ) || is_float( $value ) ) {
		return 0 != $value && ! is_nan( (float) $value ); // phpcs:ignore Universal.Operators.StrictComparisons
	}
	if ( is_bool( $value ) ) {
		return $value;
	}
	return null !== $value;
}

/**
 * A string's length in UTF-16 code units, as JavaScript counts it.
 *
 * @param string $text UTF-8 text.
 * @return int
 */
function js_strlen( $text ) {
	return preg_match_all( '/./su', $text ) + preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $text );
}

/**
 * The UTF-16 code unit at `$index`, as charCodeAt() gives it.
 *
 * @param string $text  UTF-8 text.
 * @param int    $index A UTF-16 index.
 * @return float|int
 */
function js_char_code_at( $text, $index ) {
	$units = array();
	foreach ( preg_split( '//u', $text, -1, PREG_SPLIT_NO_EMPTY ) as $char ) {
		$bytes = array_values( unpack( 'C*', $char ) );
		$n     = count( $bytes );
		$code  = 1 === $n ? $bytes[0] : $bytes[0] & ( 0xff >> ( $n + 1 ) );
		for ( $i = 1; $i < $n; $i++ ) {
			$code = ( $code << 6 ) | ( $bytes[ $i ] & 0x3f );
		}
		if ( $code > 0xffff ) {
			$code   -= 0x10000;
			$units[] = 0xd800 + ( $code >> 10 );
			$units[] = 0xdc00 + ( $code & 0x3ff );
		} else {
			$units[] = $code;
		}
	}
	return isset( $units[ $index ] ) ? $units[ $index ] : NAN;
}

/**
 * JSON.stringify(value): objects skip their undefined (null) fields, as JavaScript skips
 * undefined ones; nothing else in content is null.
 *
 * @param mixed $value A value of content.
 * @return string
 */
function js_json( $value ) {
	if ( is_array( $value ) ) {
		return '[' . implode( ',', array_map( __NAMESPACE__ . '\js_json', $value ) ) . ']';
	}
	if ( is_object( $value ) ) {
		$fields = array();
		foreach ( get_object_vars( $value ) as $key => $field ) {
			if ( null !== $field ) {
				$fields[] = js_json( (string) $key ) . ':' . js_json( $field );
			}
		}
		return '{' . implode( ',', $fields ) . '}';
	}
	if ( is_float( $value ) ) {
		return is_finite( $value ) ? js_number( $value ) : 'null';
	}
	if ( null === $value ) {
		return 'null';
	}
	return (string) json_encode( $value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS ); // phpcs:ignore WordPress.WP.AlternativeFunctions.json_encode_json_encode -- JavaScript's escapes exactly, not wp_json_encode's.
}

/**
 * Array.prototype.join.
 *
 * @param array  $items     Values.
 * @param string $separator Between them.
 * @return string
 */
function js_join( $items, $separator ) {
	return implode( $separator, array_map( fn( $item ) => null === $item ? '' : js_str( $item ), $items ) );
}

/**
 * Array.prototype.includes (SameValueZero: 3 and 3.0 are the same number).
 *
 * @param array $items  Values.
 * @param mixed $needle The value looked for.
 * @return bool
 */
function js_includes( $items, $needle ) {
	foreach ( $items as $item ) {
		if ( $item === $needle || ( is_numeric( $item ) && ! is_string( $item ) && is_numeric( $needle ) && ! is_string( $needle ) && $item == $needle ) ) { // phpcs:ignore Universal.Operators.StrictComparisons
			return true;
		}
	}
	return false;
}

/**
 * Array.prototype.every.
 *
 * @param array    $items Values.
 * @param callable $test  The test.
 * @return bool
 */
function js_every( $items, $test ) {
	foreach ( $items as $item ) {
		if ( ! js_truthy( $test( $item ) ) ) {
			return false;
		}
	}
	return true;
}

/**
 * Array.prototype.find.
 *
 * @param array    $items Values.
 * @param callable $test  The test.
 * @return mixed
 */
function js_find( $items, $test ) {
	foreach ( $items as $item ) {
		if ( js_truthy( $test( $item ) ) ) {
			return $item;
		}
	}
	return null;
}
