// --outputFile (npm run test:unit) does not create its folder; a machine with no browser tests never would.
require('node:fs').mkdirSync(require('node:path').join(__dirname, 'test-artifacts'), { recursive: true });

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false }] },
  setupFiles: ['reflect-metadata'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
  // Each test file gets its own embedded store directory; two workers keep the 2-core machine busy.
  maxWorkers: 2,
};
