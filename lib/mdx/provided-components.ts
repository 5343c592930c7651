/**
 * The components an article may use, by name. `components/mdx/create-mdx-components.tsx` must
 * provide each of them (its return type is checked against this list), and `content:check`
 * refuses any other capitalised tag before the build, listing these.
 */
export const PROVIDED_COMPONENTS = ['Callout', 'Steps', 'Figure', 'Video', 'Faq', 'Question'] as const;

export type ProvidedComponent = (typeof PROVIDED_COMPONENTS)[number];
