// Prints jest's totals as one plain line ("N passed, N failed, N skipped") for CI logs.
const fs = require('fs');
const file = process.argv[2] || 'test-artifacts/jest-results.json';
const r = JSON.parse(fs.readFileSync(file, 'utf8'));
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
process.exit(r.numFailedTests > 0 ? 1 : 0);
