// Rollup plugin for the embed script only: rewrites the few places where Lit's production build
// touches the page's globals, so the script adds nothing to `window` but the custom element, and
// leaves out what only a server's prerendering runs.
// Each rewrite must match exactly once (or `times`); a Lit upgrade (or an edit) that moves the code fails the
// build loudly instead of silently shipping the globals, or the server's code, again.

const REWRITES = [
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Version beacon used by Lit's dev-mode "multiple versions" warning.
    pattern: /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/,
    replacement: 'void 0',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Metadata for standard decorators, which this project does not use: keep it in the module.
    pattern: /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/,
    replacement: 'const litPropertyMetadata=new WeakMap;',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Properties declared by standard decorators (Symbol.metadata), which this project does not
    // use: the card declares its properties in a static field (34 B gzip).
    pattern:
      /const t=this\[Symbol\.metadata\];if\(null!==t\)\{const s=litPropertyMetadata\.get\(t\);if\(void 0!==s\)for\(const\[t,i\]of s\)this\.elementProperties\.set\(t,i\)\}/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Class initializers, which only decorators add (25 B gzip).
    pattern: /static addInitializer\(t\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(t\)\}/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]css-tag\.js$/,
    // Constructed stylesheets (adoptedStyleSheets) everywhere the card runs: Chrome 73, Firefox
    // 101, Safari 16.4, the versions that also draw a prerendered card's declarative shadow DOM.
    // Lit's fallback for older browsers (a <style> per shadow root, ShadyCSS) goes (README: Size).
    pattern:
      /e=t\.ShadowRoot&&\(void 0===t\.ShadyCSS\|\|t\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype/,
    replacement: 'e=!0',
  },
  {
    file: /reactive-element[\\/]css-tag\.js$/,
    // A guard against `new CSSResult()` by hand, with its message: the card makes its one
    // stylesheet with unsafeCSS() (25 B gzip).
    pattern:
      /if\(this\._\$cssResult\$=!0,o!==s\)throw Error\("CSSResult is not constructable\. Use `unsafeCSS` or `css` instead\."\);/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]css-tag\.js$/,
    // What only css`` literals and their interpolation read (the marker, the literal's strings,
    // toString()): the card's stylesheet is one unsafeCSS() string, adopted as a sheet.
    pattern: /this\.cssText=t,this\.t=e\}/,
    replacement: 'this.cssText=t}',
  },
  {
    file: /reactive-element[\\/]css-tag\.js$/,
    pattern: /toString\(\)\{return this\.cssText\}/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // The hook of Lit's polyfill-support script (for browsers without shadow DOM, which cannot
    // draw the card at all): a read of a page global the card has no use for.
    pattern: /p=a\.reactiveElementPolyfillSupport,/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern: /p\?\.\(\{ReactiveElement:y\}\),/,
    replacement: '',
  },
  /*
   * Reflecting properties to attributes, and the JSON converter for Object and Array attributes:
   * the card reflects no property and has no such attribute (card.component.ts), so neither can
   * run. Without them, trustedTypes' emptyScript (for reflected booleans) goes too (about 60 B gzip).
   */
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern: /c=a\.trustedTypes,l=c\?c\.emptyScript:"",/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern:
      /toAttribute\(t,s\)\{switch\(s\)\{case Boolean:t=t\?l:null;break;case Object:case Array:t=null==t\?t:JSON\.stringify\(t\)\}return t\},/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern: /case Object:case Array:try\{i=JSON\.parse\(t\)\}catch\(t\)\{i=null\}/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern:
      /_\$ET\(t,s\)\{const i=this\.constructor\.elementProperties\.get\(t\),e=this\.constructor\._\$Eu\(t,i\);if\(void 0!==e&&!0===i\.reflect\)\{const h=\(void 0!==i\.converter\?\.toAttribute\?i\.converter:u\)\.toAttribute\(s,i\.type\);this\._\$Em=t,null==h\?this\.removeAttribute\(e\):this\.setAttribute\(e,h\),this\._\$Em=null\}\}/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern: /,!0===e&&this\._\$Em!==t&&\(this\._\$Eq\?\?=new Set\)\.add\(t\)/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern:
      /update\(t\)\{this\._\$Eq&&=this\._\$Eq\.forEach\(t=>this\._\$ET\(t,this\[t\]\)\),this\._\$EM\(\)\}/,
    replacement: 'update(t){this._$EM()}',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // The card's styles are one stylesheet, not an array of them to flatten (20 B gzip).
    pattern:
      /static finalizeStyles\(s\)\{const i=\[\];if\(Array\.isArray\(s\)\)\{const e=new Set\(s\.flat\(1\/0\)\.reverse\(\)\);for\(const s of e\)i\.unshift\(t\(s\)\)\}else void 0!==s&&i\.push\(t\(s\)\);return i\}/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern: /this\.elementStyles=this\.finalizeStyles\(this\.styles\)/,
    replacement: 'this.elementStyles=[t(this.styles)]',
  },
  /*
   * The useDefault property option (Lit 3.3), which the card does not use: the default a property
   * had before an attribute was removed. Without it, an attribute's value is the property's, and a
   * change is a change (about 45 B gzip). After the reflecting rewrites above, which C() ends with.
   */
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern:
      /!\(\(i\.hasChanged\?\?f\)\(h,s\)\|\|i\.useDefault&&i\.reflect&&h===this\._\$Ej\?\.get\(t\)&&!this\.hasAttribute\(r\._\$Eu\(t,i\)\)\)/,
    replacement: '!(i.hasChanged??f)(h,s)',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern:
      /C\(t,s,\{useDefault:i,reflect:e,wrapped:h\},r\)\{i&&!\(this\._\$Ej\?\?=new Map\)\.has\(t\)&&\(this\._\$Ej\.set\(t,r\?\?s\?\?this\[t\]\),!0!==h\|\|void 0!==r\)\|\|\(this\._\$AL\.has\(t\)\|\|\(this\.hasUpdated\|\|i\|\|\(s=void 0\),this\._\$AL\.set\(t,s\)\)\)\}/,
    replacement: 'C(t,s){this._$AL.has(t)||(this.hasUpdated||(s=void 0),this._$AL.set(t,s))}',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern: /this\[e\]=r\?\?this\._\$Ej\?\.get\(e\)\?\?r/,
    replacement: 'this[e]=r',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // The card's properties are an object literal: its keys are all its properties (no symbols).
    pattern:
      /const t=this\.properties,s=\[\.\.\.r\(t\),\.\.\.o\(t\)\];for\(const i of s\)this\.createProperty\(i,t\[i\]\)/,
    replacement: 'for(const[i,t]of Object.entries(this.properties))this.createProperty(i,t)',
  },
  {
    file: /src[\\/]card[\\/]card\.templates\.ts$/,
    // The browser renders live buttons only: a prerendered card's text controls are the server's
    // (renderCard() and the WordPress plugin), so their branch is left out of the download (36 B gzip).
    pattern: /\bview\.prerendered\b/,
    replacement: 'false',
  },
  {
    file: /src[\\/]card[\\/]card\.templates\.ts$/,
    // Escaped texts are remembered for a server, which writes the same texts card after card; the
    // browser writes each content's markup once (card.view.ts), so it escapes them as they come.
    pattern: /remembered\(value, escapeText\)/,
    replacement: 'escapeText(value)',
  },
  {
    file: /src[\\/]card[\\/]card\.templates\.ts$/,
    // Intl's formatters are kept for a server's card after card; the browser formats each
    // content's dates once, for its one copy of the markup (card.view.ts). Numbers, then dates.
    pattern: /cached\(`n\$\{lang\}`, \(\) => (new Intl\.NumberFormat\(lang\))\)/,
    replacement: (_, made) => made,
  },
  {
    file: /src[\\/]card[\\/]card\.templates\.ts$/,
    pattern: /cached\(`d\$\{lang\}`, \(\) => (new Intl\.DateTimeFormat\([^)]*\))\)/,
    replacement: (_, made) => made,
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // removeController(): the card's controllers live as long as it does (9 B gzip).
    pattern: /removeController\(t\)\{this\._\$EO\?\.delete\(t\)\}/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // A converter given as a function: the card's one converter is an object with fromAttribute.
    pattern:
      /"function"==typeof t\.converter\?\{fromAttribute:t\.converter\}:void 0!==t\.converter\?\.fromAttribute\?t\.converter:u/,
    replacement: 't.converter??u',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Class initializers (addInitializer, removed above): none to run or to inherit.
    pattern: /,this\.constructor\.l\?\.forEach\(t=>t\(this\)\)/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern: /void 0!==t\.l&&\(this\.l=\[\.\.\.t\.l\]\),/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Internal state properties ({state: true}), which the card does not declare.
    pattern: /s\.state&&\(s\.attribute=!1\),/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Accessors a class defines for a reactive property itself: the card's two (openSections,
    // content) are noAccessor, so Lit's own plain accessor is the only one it makes, written
    // as the one accessor it is (18 B gzip, and 14 more).
    pattern:
      /const\{get:e,set:r\}=h\(this\.prototype,t\)\?\?\{get\(\)\{return this\[s\]\},set\(t\)\{this\[s\]=t\}\};return\{get:e,set\(s\)\{const h=e\?\.call\(this\);r\?\.call\(this,s\),this\.requestUpdate\(t,h,i\)\}/,
    replacement:
      'return{get(){return this[s]},set(e){const h=this[s];this[s]=e,this.requestUpdate(t,h)}',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // That accessor always exists, so it is always defined.
    pattern:
      /const i=Symbol\(\),h=this\.getPropertyDescriptor\(t,i,s\);void 0!==h&&e\(this\.prototype,t,h\)/,
    replacement: 'e(this.prototype,t,this.getPropertyDescriptor(t,Symbol(),s))',
  },
  {
    file: /reactive-element[\\/]css-tag\.js$/,
    // unsafeCSS() of the card's one stylesheet, a string: a CSSResult of it (its guard's token
    // is gone above).
    pattern: /r=t=>new n\("string"==typeof t\?t:t\+"",void 0,s\)/,
    replacement: 'r=t=>new n(t)',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Instance properties saved at construction start unset; the set-up runs in the constructor.
    pattern:
      /constructor\(\)\{super\(\),this\._\$Ep=void 0,this\.isUpdatePending=!1,this\.hasUpdated=!1,this\._\$Em=null,this\._\$Ev\(\)\}_\$Ev\(\)\{(this\._\$ES=new Promise\(t=>this\.enableUpdating=t\),this\._\$AL=new Map,this\._\$E_\(\),this\.requestUpdate\(\))\}/,
    replacement: (_, setUp) =>
      `constructor(){super(),this.isUpdatePending=!1,this.hasUpdated=!1,this._$EO=new Set,${setUp}}`,
  },
  {
    file: /src[\\/]card[\\/]card\.styles\.ts$/,
    // What only a prerendered card's text controls use (.trigger, .open): the server's own
    // stylesheet, which stays in the card's shadow root, draws them until the script takes the
    // card over, and none is left after (card.view.ts takeOver).
    pattern: /button,\.trigger\{/,
    replacement: 'button{',
  },
  {
    file: /src[\\/]card[\\/]card\.styles\.ts$/,
    pattern: /\[aria-expanded=true\]>\.icon,\.open>\.icon\{/,
    replacement: '[aria-expanded=true]>.icon{',
  },
  {
    file: /src[\\/]card[\\/]card\.styles\.ts$/,
    // The stylesheet's own custom properties (--_accent, --_default-accent…), which nothing
    // outside it reads, by one letter each: a (accent), b (background), c (colour), d (border),
    // capitals for the defaults (19 B gzip). The public --epidural-info-card-… stay.
    pattern: /--_(default-)?(accent|background|color|border)\b/g,
    times: 36,
    replacement: (_, byDefault, name) => {
      const letter = { accent: 'a', background: 'b', color: 'c', border: 'd' }[name];
      return `--_${byDefault ? letter.toUpperCase() : letter}`;
    },
  },
  {
    file: /src[\\/]card[\\/]card\.media\.styles\.ts$/,
    // Scripting is never off where the script runs: only paper is left.
    pattern: /@media print,\(scripting:none\)\{/,
    replacement: '@media print{',
  },
  {
    file: /reactive-element[\\/]css-tag\.js$/,
    pattern: /constructor\(t,e,o\)\{this\.cssText=t\}/,
    replacement: 'constructor(t){this.cssText=t}',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // scheduleUpdate(), a hook for subclasses that wait before updating: the card does not.
    pattern:
      /const t=this\.scheduleUpdate\(\);return null!=t&&await t,!this\.isUpdatePending\}scheduleUpdate\(\)\{return this\.performUpdate\(\)\}/,
    replacement: 'return this.performUpdate(),!this.isUpdatePending}',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Over no properties, the loop does nothing anyway.
    pattern: /const t=this\.constructor\.elementProperties;if\(t\.size>0\)for\(const\[s,i\]of t\)/,
    replacement: 'for(const[s,i]of this.constructor.elementProperties)',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // The lifecycle hooks the card does not use (firstUpdated, updated, shouldUpdate,
    // getUpdateComplete): the embed is used by its tag, never subclassed (the package is).
    pattern:
      /this\.hasUpdated\|\|\(this\.hasUpdated=!0,this\.firstUpdated\(t\)\),this\.updated\(t\)/,
    replacement: 'this.hasUpdated=!0',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern: /updated\(t\)\{\}firstUpdated\(t\)\{\}/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern:
      /get updateComplete\(\)\{return this\.getUpdateComplete\(\)\}getUpdateComplete\(\)\{return this\._\$ES\}shouldUpdate\(t\)\{return!0\}/,
    replacement: 'get updateComplete(){return this._$ES}',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern:
      /let t=!1;const s=this\._\$AL;try\{t=this\.shouldUpdate\(s\),t\?\(this\.willUpdate\(s\),this\._\$EO\?\.forEach\(t=>t\.hostUpdate\?\.\(\)\),this\.update\(s\)\):this\._\$EM\(\)\}catch\(s\)\{throw t=!1,this\._\$EM\(\),s\}t&&this\._\$AE\(s\)/,
    replacement:
      'const s=this._$AL;try{this.willUpdate(s),this._$EO.forEach(t=>t.hostUpdate?.()),this.update(s)}catch(s){throw this._$EM(),s}this._$AE(s)',
  },
  {
    file: /reactive-element[\\/]css-tag\.js$/,
    // The card's one stylesheet comes from unsafeCSS(), never a css`` literal: no sheet to share
    // between literals, so none kept by them (27 B gzip with the two below).
    pattern:
      /let t=this\.o;const s=this\.t;if\(e&&void 0===t\)\{const e=void 0!==s&&1===s\.length;e&&\(t=o\.get\(s\)\),void 0===t&&\(\(this\.o=t=new CSSStyleSheet\)\.replaceSync\(this\.cssText\),e&&o\.set\(s,t\)\)\}return t/,
    replacement: 'let t=this.o;return t||(this.o=t=new CSSStyleSheet).replaceSync(this.cssText),t',
  },
  {
    file: /reactive-element[\\/]css-tag\.js$/,
    // Its styles are CSSResults, never CSSStyleSheets of their own.
    pattern: /o\.map\(t=>t instanceof CSSStyleSheet\?t:t\.styleSheet\)/,
    replacement: 'o.map(t=>t.styleSheet)',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Controllers are all added in the card's constructor, before it can be connected.
    pattern: /,void 0!==this\.renderRoot&&this\.isConnected&&t\.hostConnected\?\.\(\)/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Property names are strings (no symbol-keyed properties, above).
    pattern: /"string"==typeof t\?t\.toLowerCase\(\):void 0/,
    replacement: 't.toLowerCase()',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // requestUpdate()'s arguments for the useDefault path (gone above): the new value is always
    // the property's own.
    pattern:
      /requestUpdate\(t,s,i,e=!1,h\)\{if\(void 0!==t\)\{const r=this\.constructor;if\(!1===e&&\(h=this\[t\]\),i\?\?=r\.getPropertyOptions\(t\),!\(i\.hasChanged\?\?f\)\(h,s\)\)return;/,
    replacement:
      'requestUpdate(t,s,i){if(void 0!==t){if(i??=this.constructor.getPropertyOptions(t),!(i.hasChanged??f)(this[t],s))return;',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // The default options' reflect and useDefault, which nothing reads once their paths are gone,
    // and hasChanged: the card declares none, so a change is a new value (notEqual), and
    // requestUpdate() reads no options (8 B gzip).
    pattern: /converter:u,reflect:!1,useDefault:!1,hasChanged:f\}/,
    replacement: 'converter:u}',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern:
      /requestUpdate\(t,s,i\)\{if\(void 0!==t\)\{if\(i\?\?=this\.constructor\.getPropertyOptions\(t\),!\(i\.hasChanged\?\?f\)\(this\[t\],s\)\)return;this\.C\(t,s,i\)\}/,
    replacement: 'requestUpdate(t,s){if(void 0!==t){if(i(this[t],s))return;this.C(t,s)}',
  },
  {
    file: /src[\\/]content[\\/]validate\.ts$/,
    // The JSON text kept for renderCard()'s JSON child: the browser writes no JSON child.
    pattern: /validatedJson = jsonText\(content\);\s*const \{ length \} = validatedJson;/,
    replacement: 'const { length } = jsonText(content);',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // The card always has controllers: their set is made with it (the constructor, above).
    pattern: /\(this\._\$EO\?\?=new Set\)\.add\(t\)/,
    replacement: 'this._$EO.add(t)',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    pattern: /this\._\$EO\?\.forEach/g,
    times: 3,
    replacement: 'this._$EO.forEach',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // The guard against an attribute set while its property is reflected: nothing is reflected
    // (above), so nothing comes back.
    pattern:
      /if\(void 0!==e&&this\._\$Em!==e\)\{const t=i\.getPropertyOptions\(e\),h=t\.converter\?\?u;this\._\$Em=e;const r=h\.fromAttribute\(s,t\.type\);this\[e\]=r,this\._\$Em=null\}/,
    replacement:
      'if(void 0!==e){const t=i.getPropertyOptions(e);this[e]=(t.converter??u).fromAttribute(s,t.type)}',
  },
];

export function embedHygiene() {
  const applied = new Map(REWRITES.map((r) => [r, 0]));
  return {
    name: 'embed-hygiene',
    transform(code, id) {
      let out = code;
      for (const rewrite of REWRITES) {
        if (!rewrite.file.test(id)) continue;
        out = out.replace(rewrite.pattern, (...match) => {
          applied.set(rewrite, applied.get(rewrite) + 1);
          return typeof rewrite.replacement == 'function'
            ? rewrite.replacement(...match)
            : rewrite.replacement;
        });
      }
      return out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      if (error) return;
      for (const [rewrite, count] of applied) {
        if (count !== (rewrite.times ?? 1)) {
          this.error(`embed-hygiene: ${rewrite.pattern} matched ${count} times in ${rewrite.file}`);
        }
      }
    },
  };
}
