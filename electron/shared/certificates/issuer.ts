import { z } from 'zod';
import { bilingualSchema } from '../bilingual.ts';

/** An image embedded in the certificate: a data: URL (PNG, JPEG or SVG), at most ~300 KB. */
const imageSchema = z
  .string()
  .max(400_000, 'image')
  .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/, 'image');

export const signatorySchema = z.strictObject({
  name: bilingualSchema,
  title: bilingualSchema,
  signatureImage: imageSchema.nullable(),
});

/** Who issues, as printed on certificates; admins configure it. */
export const issuerProfileSchema = z.strictObject({
  name: bilingualSchema,
  idPrefix: z.string().regex(/^[A-Z0-9]{2,10}$/, 'prefix'),
  logo: imageSchema.nullable(),
  signatories: z.array(signatorySchema).min(1).max(2),
});
export type IssuerProfile = z.infer<typeof issuerProfileSchema>;

export const DEFAULT_ISSUER: IssuerProfile = {
  name: { th: 'สถาบันพัฒนาบุคลากรภาครัฐด้านดิจิทัล', en: 'Thailand Digital Government Academy' },
  idPrefix: 'DGA',
  logo: null,
  signatories: [
    {
      name: { th: 'ผู้อำนวยการสถาบัน', en: 'Director of the Academy' },
      title: { th: 'ผู้อำนวยการสถาบันพัฒนาบุคลากรภาครัฐด้านดิจิทัล', en: 'Director, Thailand Digital Government Academy' },
      signatureImage: null,
    },
  ],
};
