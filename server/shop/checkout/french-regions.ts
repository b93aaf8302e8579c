/**
 * The bank's address needs a region name; French shoppers rarely know which
 * to write, and a French postcode already says it: its first two digits are
 * the département (three for overseas), which belongs to one région (2018 map).
 */
// Two lists in the same order, the régions' names and their départements, so that a check that only asks
// whether a postcode names a région (the browser's, field-rules.ts) ships the codes without the names.
const NAMES = [
  "Auvergne-Rhône-Alpes",
  "Bourgogne-Franche-Comté",
  "Bretagne",
  "Centre-Val de Loire",
  "Corse",
  "Grand Est",
  "Hauts-de-France",
  "Île-de-France",
  "Normandie",
  "Nouvelle-Aquitaine",
  "Occitanie",
  "Pays de la Loire",
  "Provence-Alpes-Côte d'Azur",
  "Guadeloupe",
  "Martinique",
  "Guyane",
  "La Réunion",
  "Mayotte",
];
const DEPARTEMENTS = [
  "01 03 07 15 26 38 42 43 63 69 73 74",
  "21 25 39 58 70 71 89 90",
  "22 29 35 56",
  "18 28 36 37 41 45",
  "20",
  "08 10 51 52 54 55 57 67 68 88",
  "02 59 60 62 80",
  "75 77 78 91 92 93 94 95",
  "14 27 50 61 76",
  "16 17 19 23 24 33 40 47 64 79 86 87",
  "09 11 12 30 31 32 34 46 48 65 66 81 82",
  "44 49 53 72 85",
  "04 05 06 13 83 84",
  "971",
  "972",
  "973",
  "974",
  "976",
];

const departementOf = (zipCode: string, known: (code: string) => boolean): string | undefined => {
  if (!/^\d{5}$/.test(zipCode)) return undefined;
  return [zipCode.slice(0, 3), zipCode.slice(0, 2)].find(known);
};

const BY_DEPARTEMENT = new Map(DEPARTEMENTS.flatMap((codes, i) => codes.split(" ").map((code) => [code, NAMES[i]!] as const)));
const KNOWN = new Set(DEPARTEMENTS.flatMap((codes) => codes.split(" ")));

/** The région of a French postcode, or undefined when the postcode names none (Monaco's 980xx, a typo). */
export function frenchRegion(zipCode: string): string | undefined {
  const departement = departementOf(zipCode, (code) => BY_DEPARTEMENT.has(code));
  return departement === undefined ? undefined : BY_DEPARTEMENT.get(departement);
}

/** Whether a French postcode names a région (frenchRegion finds one), without the names. */
export function namesFrenchRegion(zipCode: string): boolean {
  return departementOf(zipCode, (code) => KNOWN.has(code)) !== undefined;
}
