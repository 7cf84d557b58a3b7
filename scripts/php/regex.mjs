/*
 * A JavaScript regular expression as a PCRE one that matches the same strings (PHP's preg_*, in
 * UTF-8 mode). JavaScript's \s is a fixed list of spaces, its \d and \w are ASCII only, its "."
 * stops at four line terminators and its "$" only at the very end; PCRE's differ on each, so
 * they are spelled out. Anything else with another meaning in PCRE stops the build.
 */

/* JavaScript's WhiteSpace and LineTerminator code points: what \s matches (ECMA-262 22.2.2.9). */
export const JS_SPACE =
  '\\t\\n\\x{0b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';

const inClass = { d: '0-9', w: 'A-Za-z0-9_', s: JS_SPACE };
const outside = {
  d: '[0-9]',
  D: '[^0-9]',
  w: '[A-Za-z0-9_]',
  W: '[^A-Za-z0-9_]',
  s: `[${JS_SPACE}]`,
  S: `[^${JS_SPACE}]`,
};

/**
 * @param {string} literal a regular-expression literal, `/…/flags`, or a pattern with `flags`
 * @returns {{ pcre: string, global: boolean }}
 */
export function jsRegexToPcre(literal, flags) {
  let source = literal;
  if (flags === undefined) {
    const end = literal.lastIndexOf('/');
    source = literal.slice(1, end);
    flags = literal.slice(end + 1);
  }
  for (const f of flags)
    if (!'giu'.includes(f)) throw new Error(`regex flag ${f} is not translated: ${literal}`);
  let out = '';
  let cls = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c == '\\') {
      const n = source[++i];
      if (n == 'u' && source[i + 1] == '{') {
        const close = source.indexOf('}', i);
        out += `\\x{${source.slice(i + 2, close)}}`;
        i = close;
      } else if (n == 'u') {
        out += `\\x{${source.slice(i + 1, i + 5)}}`;
        i += 4;
      } else if (n in outside) {
        if (cls && !(n in inClass))
          throw new Error(`\\${n} inside a class is not translated: ${literal}`);
        out += cls ? inClass[n] : outside[n];
      } else if (/[bBkpP]/.test(n) || /[1-9]/.test(n)) {
        throw new Error(`\\${n} is not translated: ${literal}`);
      } else out += `\\${n}`;
    } else if (cls) {
      if (c == ']') cls = false;
      if (c == '[') out += '\\[';
      // PHP ends the pattern at its delimiter even inside a class.
      else if (c == '/') out += '\\/';
      else out += c;
    } else if (c == '[') {
      cls = true;
      out += c;
      if (source[i + 1] == '^') out += source[++i];
      // "[]" and "[^]" mean something else in PCRE.
      if (source[i + 1] == ']') throw new Error(`an empty class is not translated: ${literal}`);
    } else if (c == '.') out += '[^\\n\\r\\x{2028}\\x{2029}]';
    else if (c == '/') out += '\\/';
    else out += c;
  }
  // u: UTF-8 (and Unicode properties); D: "$" at the very end only, as in JavaScript.
  return { pcre: `/${out}/uD${flags.includes('i') ? 'i' : ''}`, global: flags.includes('g') };
}
