// Inputs that have made rule engines slow or greedy: long runs without the structure news has.
export const ADVERSARIAL = {
  'repeated a': (n) => 'a'.repeat(n),
  spaces: (n) => `Le ${' '.repeat(n)} texte.`,
  digits: (n) => '7'.repeat(n),
  apostrophes: (n) => "l'".repeat(n / 2),
  'dotted numbers': (n) => '2.'.repeat(n / 2),
  'de de de': (n) => 'de '.repeat(n / 3),
  'words without punctuation': (n) => 'les soldats ont attaqué la base '.repeat(n / 32),
  'capitalized words': (n) => 'Le Président Du Conseil Militaire De Transition '.repeat(n / 48),
  'one long line of numbers': (n) => '12 morts, 3 blessés, 2.500 soldats, '.repeat(n / 36),
};

