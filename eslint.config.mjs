import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.contentlayer/**', 'node_modules/**', 'public/**', 'test-results/**', '.bench/**', 'next-env.d.ts'],
  },
];

export default config;
