'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';
import { prefersLessData } from '@/lib/navigation/connection';

export type IntentLinkProps = ComponentProps<typeof Link> & { href: string };

/**
 * A next/link that prefetches its page as Link does (when it scrolls into view), except on a
 * connection that reports `saveData` or a slow `effectiveType`: there it prefetches only on
 * intent (pointer over it, a touch, keyboard focus), so a page costs no requests the visitor
 * did not ask for. The choice does not change the markup, so server and browser agree.
 */
export function IntentLink({ onMouseEnter, onTouchStart, onFocus, prefetch, ...props }: IntentLinkProps) {
  const router = useRouter();
  const lessData = prefersLessData();
  if (!lessData) return <Link {...props} prefetch={prefetch} onMouseEnter={onMouseEnter} onTouchStart={onTouchStart} onFocus={onFocus} />;
  const intent = () => router.prefetch(props.href);
  return (
    <Link
      {...props}
      prefetch={false}
      onMouseEnter={(event) => {
        onMouseEnter?.(event);
        intent();
      }}
      onTouchStart={(event) => {
        onTouchStart?.(event);
        intent();
      }}
      onFocus={(event) => {
        onFocus?.(event);
        intent();
      }}
    />
  );
}
