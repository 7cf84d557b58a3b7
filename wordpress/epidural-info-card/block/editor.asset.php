<?php
// The editor script's dependencies: WordPress's own packages, loaded before it.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-server-side-render', 'wp-i18n', 'epidural-info-card' ),
	'version'      => '0.1.0',
);
