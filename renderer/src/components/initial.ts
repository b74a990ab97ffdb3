const HONORIFICS = /^(?:นางสาว|นาง|นาย|ดร\.|ว่าที่\s?ร\.?ต\.?|mrs\.?|mr\.?|ms\.?|miss|dr\.?)\s*/iu;

/** The letter for a profile's avatar: the given name's first letter, past any honorific or Thai leading vowel. */
export function initialOf(name: string): string {
  const given = name.trim().replace(HONORIFICS, '');
  const isThai = /^[\u0E00-\u0E7F]/.test(given);
  const letter = given.match(isThai ? /[\u0E01-\u0E2E]/ : /\p{L}/u)?.[0] ?? given.charAt(0);
  return letter.toLocaleUpperCase();
}
