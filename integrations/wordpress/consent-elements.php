<?php
/**
 * Plugin Name: consent-elements
 * Description: Cookie banner, preferences dialog, privacy-policy page and Google Consent Mode v2, from consent-elements' script-tag build.
 * Version: 0.1.0
 * License: MIT
 *
 * A must-use plugin: copy this file into wp-content/mu-plugins/, and put beside it a folder
 * consent-elements/ holding the library's files and your config:
 *
 *   wp-content/mu-plugins/consent-elements.php        this file
 *   wp-content/mu-plugins/consent-elements/            dist/consent-elements*.js, dist/catalogue/generated/
 *                                                      (as catalogue/generated/), and consent.json
 *
 * Why a must-use plugin rather than the theme's functions.php: WordPress strips tags it does not
 * know from the content of users without the unfiltered_html capability. The filter below that
 * keeps <privacy-policy> must be active whatever theme is on, or a page saved while another theme
 * is active loses its <privacy-policy> for good. Must-use plugins cannot be switched off from the
 * admin screens either.
 */

defined('ABSPATH') || exit;

/**
 * The config inline, then the library's script, first in <head>. PHP_INT_MIN: before every
 * other wp_head callback, including a plugin's own early ones. The config is printed inline
 * rather than fetched with data-config, so that a returning visitor's Consent Mode update is in
 * the dataLayer before any tag runs.
 */
add_action('wp_head', function () {
  $config = json_decode((string) @file_get_contents(__DIR__ . '/consent-elements/consent.json'));
  if ($config !== null) {
    // JSON_HEX_TAG: a "</script>" inside a text cannot close the tag.
    echo '<script type="application/json" data-consent-config>',
      wp_json_encode($config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES),
      "</script>\n";
  } else {
    // The library then refuses everything non-essential and says so in the browser's console.
    error_log('consent-elements: ' . __DIR__ . '/consent-elements/consent.json is missing or not valid JSON');
  }
  printf('<script src="%s"></script>' . "\n", esc_url(plugins_url('consent-elements/consent-elements.js', __FILE__)));
}, PHP_INT_MIN);

/**
 * Keep <privacy-policy> in content saved by users without the unfiltered_html capability
 * (Authors and Contributors, and Editors on multisite): WordPress removes unknown tags from it.
 */
add_filter('wp_kses_allowed_html', function ($tags, $context) {
  if ($context === 'post') {
    $tags['privacy-policy'] = ['id' => true, 'lang' => true, 'heading-level' => true];
  }
  return $tags;
}, 10, 2);

/**
 * Hold back scripts that plugins enqueue, with their inline parts, until their category is
 * granted. Name them by handle (the id WordPress prints, without "-js") => category, here or
 * from a theme or another plugin:
 *
 *   add_filter('consent_elements_blocked_scripts', fn ($blocked) => $blocked + ['the-plugin-handle' => 'analytics']);
 */
add_filter('script_loader_tag', function ($tag, $handle) {
  $blocked = apply_filters('consent_elements_blocked_scripts', [
    // 'the-plugin-handle' => 'analytics',
  ]);
  if (!isset($blocked[$handle])) return $tag;
  return str_replace('<script', '<script type="text/plain" data-consent-category="' . esc_attr($blocked[$handle]) . '"', $tag);
}, 10, 2);
