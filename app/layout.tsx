import type { ReactNode } from 'react';
import './globals.css';

/*
 * The <html> element lives in app/[locale]/layout.tsx so that every page declares its own
 * language. This root layout only exists for app/not-found.tsx and app/error.tsx, which
 * render a whole document themselves.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
