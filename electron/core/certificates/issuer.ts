import type { Bilingual } from '../../shared/bilingual.ts';

/** Who issues, as printed on certificates. Admin configuration of these comes with the admin area. */
export type IssuerProfile = {
  name: Bilingual;
  idPrefix: string;
  signatories: { name: Bilingual; title: Bilingual }[];
};

export const DEFAULT_ISSUER: IssuerProfile = {
  name: { th: 'สถาบันพัฒนาบุคลากรภาครัฐด้านดิจิทัล', en: 'Thailand Digital Government Academy' },
  idPrefix: 'DGA',
  signatories: [
    {
      name: { th: 'ผู้อำนวยการสถาบัน', en: 'Director of the Academy' },
      title: { th: 'ผู้อำนวยการสถาบันพัฒนาบุคลากรภาครัฐด้านดิจิทัล', en: 'Director, Thailand Digital Government Academy' },
    },
  ],
};
