// The published types, as a consumer's compiler reads them: test/types/ (the element in the DOM's
// tag and event maps, React, Preact, Vue and Svelte JSX) and test/types/server-only/ (the server
// API with no DOM library and skipLibCheck off). Here in Node rather than in a browser suite:
// a compiler run there held up the test server, and every engine's requests with it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const tsc = async (project) => {
  try {
    await promisify(execFile)(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project]);
    return '';
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error);
  }
};

describe('the package types, for TypeScript users', () => {
  it('type document.createElement("epidural-info-card"), its events and the JSX of each framework', async () => {
    assert.equal(await tsc('test/types/tsconfig.json'), '');
  });

  it('type the server API for a server with no DOM library', async () => {
    assert.equal(await tsc('test/types/server-only/tsconfig.json'), '');
  });
});
