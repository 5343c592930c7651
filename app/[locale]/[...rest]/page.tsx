import { notFound } from 'next/navigation';

/** Deeper unknown paths under a locale get that locale's 404 page rather than the generic one. */
export default function UnknownPath() {
  notFound();
}
