import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/hub/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
