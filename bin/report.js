#!/usr/bin/env node
// The CLI as one bundle (dist/bundle, built by `npm run build`): resolving a few hundred module
// files took half of a small build's time. dist/cli is the same code unbundled, for a build made with tsc alone.
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/bundle/main.js', import.meta.url);
const { main } = await import(existsSync(bundled) ? bundled.href : '../dist/cli/main.js');

// A reader that stops early (`report validate --json | head -c 1`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv).catch((error) => {
  // Only bugs reach here: user mistakes become diagnostics with exit 1.
  console.error('report: lỗi nội bộ (internal error), xin báo lại cho nhóm phát triển:');
  console.error(error && error.stack ? error.stack : String(error));
  process.exitCode = 70;
});
