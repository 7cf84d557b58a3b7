import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/*
 * dist/epidural-info-card.js: the embed script. One classic (IIFE) file with Lit and the content
 * inside, minified, in Lit's production mode, that defines the elements when it runs. An IIFE also
 * runs unchanged as type="module", and leaves no top-level names on the page.
 */
export default {
  input: 'src/epidural-info-card.ts',
  output: {
    file: 'dist/epidural-info-card.js',
    format: 'iife',
    sourcemap: false,
  },
  plugins: [
    // Template literals keep their source whitespace and comments; minify the html`` and css`` text.
    minifyHTML({ failOnError: true }),
    typescript({
      tsconfig: './tsconfig.json',
      declaration: false,
      outDir: 'dist',
      noEmitOnError: true,
    }),
    resolve({ exportConditions: ['production'] }),
    terser({
      ecma: 2022,
      module: false,
      compress: { passes: 2, unsafe_arrows: true },
      format: { comments: false },
      // Lit's own recommendation: its private fields start with "__" and are safe to mangle.
      mangle: { properties: { regex: /^__/ } },
    }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'MISSING_NAME_OPTION_FOR_IIFE_EXPORT') return;
    warn(warning);
  },
};
