<?php
// The plugin's prerender outside WordPress, for test/wordpress/prerender.test.mjs: one JSON case
// per line on stdin ({"attributes": {…}, "json": "…"}), one JSON answer per line on stdout (the
// parts, or null where the plugin leaves the card to decide).
define( 'ABSPATH', __DIR__ );
$plugin = $argv[1];
$card   = $argv[2];
require $plugin . '/includes/js.php';
require $card;
require $plugin . '/includes/prerender.php';
while ( ( $line = fgets( STDIN ) ) !== false ) {
	$case = json_decode( $line, true );
	$parts = EpiduralInfoCard\Card\prerender( $case['attributes'], $case['json'] );
	if ( $parts ) {
		$parts['attributes'] = (object) $parts['attributes'];
	}
	echo json_encode( $parts, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE ), "\n";
}
