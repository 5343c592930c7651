import { Children, isValidElement, type ReactNode } from 'react';
import { getArticleScope } from '@/components/article-scope';
import { CopyLinkButton } from '@/components/copy-link-button';
import { format, getDictionary } from '@/lib/i18n/dictionary';

export interface AnchoredHeadingProps {
  level: 2 | 3;
  id?: string;
  children?: ReactNode;
  /** Builds the copy button's label from the heading text. */
  copyLabel: (title: string) => string;
  copiedLabel: string;
  failedLabel: string;
}

function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => (typeof child === 'string' || typeof child === 'number' ? String(child) : isValidElement<{ children?: ReactNode }>(child) ? textOf(child.props.children) : ''))
    .join('');
}

/** An article heading that links to itself, with a copy-link button beside it (not inside, so the heading's name stays clean). */
export function AnchoredHeading({ level, id: ownId, children, copyLabel, copiedLabel, failedLabel }: AnchoredHeadingProps) {
  const Tag = level === 2 ? 'h2' : 'h3';
  if (!ownId) return <Tag>{children}</Tag>;
  const scope = getArticleScope();
  // The compiled body carries this translation's own id; the page uses the one all languages share.
  const id = scope?.headingIds?.[ownId] ?? ownId;
  const title = textOf(children);
  return (
    <div className={`anchored-heading anchored-h${level} group`}>
      {/* An old link's fragment names the translation's own id: LegacyAnchorScript finds it here. */}
      <Tag id={id} data-old-id={id === ownId ? undefined : ownId} className="scroll-mt-20">
        <a href={`#${id}`} className="heading-link">
          {children}
        </a>
      </Tag>
      <CopyLinkButton anchor={id} label={copyLabel(title)} copiedLabel={copiedLabel} failedLabel={failedLabel} />
      {scope ? (
        <CopyLinkButton
          anchor={id}
          customerArticleId={scope.articleId}
          label={format(getDictionary(scope.locale).copyCustomerLinkTo, { title })}
          copiedLabel={getDictionary(scope.locale).customerLinkCopied}
          failedLabel={failedLabel}
        />
      ) : null}
    </div>
  );
}
