import type { z } from 'zod';
import { frontMatterSchema, isoDate } from './schemas';

type FieldType = 'string' | 'number' | 'boolean' | 'date';
export type ContentlayerField = { type: FieldType; required?: boolean } | { type: 'list'; of: { type: FieldType }; required?: boolean };

/** Thrown at config load when the schema uses a zod type with no contentlayer counterpart. */
export class UnmappedFieldError extends Error {
  override name = 'UnmappedFieldError';
}

function scalarType(schema: z.ZodType, key: string): FieldType {
  if (schema === isoDate) return 'date';
  const type = schema._zod.def.type;
  if (type === 'string' || type === 'number' || type === 'boolean') return type;
  throw new UnmappedFieldError(`front-matter field "${key}" has zod type "${type}", which contentlayer-fields.ts cannot map; add it there`);
}

/**
 * contentlayer2's field list, derived from the one front-matter schema so the two cannot drift:
 * optional fields are not required, arrays become lists, `isoDate` becomes `date` (contentlayer's
 * YAML reader turns YYYY-MM-DD into a date).
 */
export function contentlayerFields(): Record<string, ContentlayerField> {
  const fields: Record<string, ContentlayerField> = {};
  for (const [key, value] of Object.entries(frontMatterSchema.shape)) {
    let schema = value as z.ZodType;
    const required = schema._zod.def.type !== 'optional';
    if (!required) schema = (schema as z.ZodOptional<z.ZodType>).unwrap();
    if (schema._zod.def.type === 'array') {
      fields[key] = { type: 'list', of: { type: scalarType((schema as z.ZodArray<z.ZodType>).element, key) }, required };
    } else {
      fields[key] = { type: scalarType(schema, key), required };
    }
  }
  return fields;
}
