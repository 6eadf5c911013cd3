import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'pipelines/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    globalSetup: ['test/temporary-root.ts'],
    // CI counts results from the JSON report; people read the default one.
    reporters: process.env.CI
      ? ['default', ['json', {outputFile: '.vitest/results.json'}]]
      : ['default']
  }
})
