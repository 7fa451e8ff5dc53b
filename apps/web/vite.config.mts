import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'dist', 'web');

/**
 * Every text asset also as .br and .gz beside it, so the api serves them compressed without
 * compressing on each request.
 */
function precompress(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    closeBundle() {
      const assets = join(outDir, 'assets');
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css|svg|json|map)$/.test(name)) continue;
        const body = readFileSync(join(assets, name));
        writeFileSync(join(assets, `${name}.gz`), gzipSync(body, { level: 9 }));
        writeFileSync(join(assets, `${name}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  publicDir: 'public',
  plugins: [precompress()],
  resolve: {
    // react-router's package exports only its development build; the production one sits beside it.
    alias: [{ find: /^react-router$/, replacement: join(here, '..', '..', 'node_modules', 'react-router', 'dist', 'production', 'index.mjs') }],
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsDir: 'assets',
  },
  server: { proxy: { '/graphql': 'http://localhost:3000', '/calendar': 'http://localhost:3000' } },
});
