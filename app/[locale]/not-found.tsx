import { NotFoundContent } from '@/components/not-found-content';
import { getSite } from '@/lib/content/get-content';

export default function LocaleNotFound() {
  return <NotFoundContent fallbackLocale={getSite().defaultLocale} />;
}
