'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

export type IntentLinkProps = ComponentProps<typeof Link> & { href: string };

/**
 * A next/link that prefetches its page only on intent (a pointer over it, a touch, keyboard
 * focus), never because it scrolled into view. A prefetched page costs its payload and the
 * script chunks of its components (about 3 KB and 7 KB for a category page), which an
 * article's first visit should not pay for links the visitor never follows; the pointer or
 * touch still comes early enough for the page to be there by the click.
 */
export function IntentLink({ onMouseEnter, onTouchStart, onFocus, ...props }: IntentLinkProps) {
  const router = useRouter();
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
