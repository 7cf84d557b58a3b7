/*
 * <epidural-info-card> in an Eleventy site, prerendered when the site is built (renderCard()):
 *
 *   // eleventy.config.js
 *   import epiduralInfoCard from 'epidural-info-card/eleventy';
 *   export default (eleventyConfig) => eleventyConfig.addPlugin(epiduralInfoCard);
 *
 *   {% epiduralInfoCard { "open-sections": "benefits", "cta-href": "/book" } %}    Nunjucks
 *   {% epiduralInfoCard "open-sections", "benefits", "cta-href", "/book" %}        Liquid (pairs)
 *
 * Its one argument is the element's attributes, plus `content` (the card's JSON format); in
 * Liquid, which has no objects, they are name, value pairs. A card the card would refuse fails
 * the build, naming the problem. The script is the layout's, once.
 */
import { renderCard } from 'epidural-info-card/server';

/** The attributes from a Nunjucks object or Liquid's name, value pairs. */
const options = (args) => {
  const { content, ...attributes } =
    args.length == 1 && typeof args[0] == 'object' ? args[0] : pairs(args);
  return { attributes, content };
};

const pairs = (args) =>
  Object.fromEntries(args.flatMap((arg, i) => (i % 2 ? [] : [[arg, args[i + 1]]])));

export default function epiduralInfoCard(eleventyConfig) {
  eleventyConfig.addShortcode('epiduralInfoCard', (...args) => renderCard(options(args)));
}
