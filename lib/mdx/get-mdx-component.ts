import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import type { ComponentType } from 'react';

export type MdxComponents = Record<string, ComponentType<never>>;

type MdxModule = { default: ComponentType<{ components?: Record<string, unknown> }> } & Record<string, unknown>;

/**
 * Evaluates contentlayer2's compiled MDX code (mdx-bundler's format) into its module: the
 * component as `default`, plus named exports such as the structure pass's `structure`.
 * The code is the content team's own, compiled at build time from the repository.
 */
export function getMdxModule(code: string): MdxModule {
  const scope = { React, ReactDOM, _jsx_runtime: jsxRuntime };
  const fn = new Function(...Object.keys(scope), code) as (...args: unknown[]) => MdxModule;
  return fn(...Object.values(scope));
}

/** The compiled body as a component. */
export function getMdxComponent(code: string): MdxModule['default'] {
  return getMdxModule(code).default;
}
