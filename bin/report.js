#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

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
