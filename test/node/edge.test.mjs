// epidural-info-card/server at the edge: the built dist/server modules, unchanged, in Cloudflare's
// workerd (no Node API, no nodejs_compat flag), rendering the same cards as Node, byte for byte;
// and the package's modules in Deno and Bun (both from the npm registry) doing the same.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { renderCard, styleHashes } from '../../dist/server/index.js';
import { attributeSet, fuzzDocument } from '../fuzz/arbitraries.mjs';

const seed = Number(process.env.FUZZ_SEED) || Date.now() % 2 ** 31;
const RUNS = 300;

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/* The built server modules and the worker in a folder, with a workerd config that serves them. */
function workerFolder(port) {
  const dir = mkdtempSync(join(tmpdir(), 'epidural-edge-'));
  const modules = readdirSync('dist/server').filter((f) => f.endsWith('.js') && f != 'cli.js');
  for (const file of modules) copyFileSync(`dist/server/${file}`, join(dir, file));
  copyFileSync('test/edge/worker.js', join(dir, 'worker.js'));
  const list = ['worker.js', ...modules]
    .map((file) => `(name = "${file}", esModule = embed "${file}")`)
    .join(', ');
  writeFileSync(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (modules = [${list}], compatibilityDate = "2025-09-01");
`,
  );
  return dir;
}

let workerd;
let dir;
let url;

before(async () => {
  const port = await freePort();
  dir = workerFolder(port);
  url = `http://127.0.0.1:${port}/`;
  workerd = spawn('node_modules/.bin/workerd', ['serve', join(dir, 'config.capnp')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (const deadline = Date.now() + 20_000; ;) {
    try {
      await fetch(url, { method: 'POST', body: '{}' });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`workerd did not start: ${error}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});

after(() => {
  workerd?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const atTheEdge = (options) =>
  fetch(url, { method: 'POST', body: JSON.stringify(options) }).then((r) => r.json());

function inNode(options) {
  try {
    return { html: renderCard(options), styleHashes };
  } catch (error) {
    return { error: error.message, name: error.name };
  }
}

describe('epidural-info-card/server in workerd', () => {
  it('renders the built-in card and the style hash exactly as Node does', async () => {
    const edge = await atTheEdge({
      attributes: { 'open-sections': 'benefits', 'structured-data': true },
    });
    assert.deepEqual(
      edge,
      inNode({ attributes: { 'open-sections': 'benefits', 'structured-data': true } }),
    );
    assert.match(
      edge.html,
      /^<epidural-info-card open-sections="benefits" structured-data>\n<template shadowrootmode="open">/,
    );
  });

  it(`gives the same bytes, or the same refusal, as Node (${RUNS} generated cards)`, async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(
        fuzzDocument,
        fc.option(attributeSet, { freq: 3 }),
        async (content, attributes) => {
          let text;
          try {
            text = JSON.stringify({ content, attributes: attributes ?? undefined });
          } catch {
            return; // JSON cannot carry it (a BigInt, 30 000 levels deep): it never reaches a worker.
          }
          const options = JSON.parse(text);
          const edge = await atTheEdge(options);
          assert.deepEqual(edge, JSON.parse(JSON.stringify(inNode(options))));
          if (edge.html) rendered += 1;
        },
      ),
      { numRuns: RUNS, seed },
    );
    assert.ok(rendered > RUNS / 20, `only ${rendered} rendered`);
  });
});

describe('the package in Deno and Bun', () => {
  const run = (command, args) =>
    execFileSync(command, [...args, 'test/edge/render-cards.mjs'], { encoding: 'utf8' });
  const node = run(process.execPath, []);

  for (const [name, command, args] of [
    ['Deno', 'node_modules/.bin/deno', ['run']],
    ['Bun', 'node_modules/.bin/bun', []],
  ]) {
    it(`${name} imports the element's module and the server renderer, and renders what Node renders`, () => {
      const output = run(command, args);
      assert.deepEqual(JSON.parse(output), JSON.parse(node));
      assert.equal(output, node);
    });
  }
});
