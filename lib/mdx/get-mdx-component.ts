import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import type { ComponentType } from 'react';

export type MdxComponents = Record<string, ComponentType<never>>;

/**
 * Turns contentlayer2's compiled MDX code (mdx-bundler's format) into a component.
 * The code is the content team's own, compiled at build time from the repository.
 */
export function getMdxComponent(code: string): ComponentType<{ components?: Record<string, unknown> }> {
  const scope = { React, ReactDOM, _jsx_runtime: jsxRuntime };
  const fn = new Function(...Object.keys(scope), code) as (...args: unknown[]) => { default: ComponentType<{ components?: Record<string, unknown> }> };
  return fn(...Object.values(scope)).default;
}
