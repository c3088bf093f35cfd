#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

main(process.argv).catch((error) => {
  // Only bugs reach here: user mistakes become diagnostics with exit 1.
  console.error('report: lỗi nội bộ (internal error), xin báo lại cho nhóm phát triển:');
  console.error(error && error.stack ? error.stack : String(error));
  process.exitCode = 70;
});
