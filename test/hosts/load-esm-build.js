// A bundler user's build of the package (ES modules, its own copy of Lit) on the same page as the
// embed script. The test server resolves the bare "lit" imports.
import '../../dist/esm/epidural-info-card.js';
