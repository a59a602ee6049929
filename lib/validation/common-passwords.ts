import { dictionary } from "@zxcvbn-ts/language-common";
import { passwordBases, passwordForms } from "@/lib/validation/password-forms";

// Common passwords are refused at sign-up and password change, as NIST SP 800-63B §3.1.1.2 and
// ASVS 5.0 (at least the top 3,000) ask: the ~49,000 of zxcvbn-ts's maintained list of breach
// corpora, shipped in the package (no network), plus a few recent ones and this site's own name.
// Entries of 4 to 7 characters are kept too: too short alone, they are still common once dressed
// up to 8 ("trustno" + "1!!").
const OUR_OWN = [
  // The demo users' passwords, published in the README and on every login page.
  "alice-in-the-lab",
  "bob-in-the-lab",
  "admin-in-the-lab",
  "12345678",
  "123456789",
  "1234567890",
  "12345678910",
  "password",
  "password1",
  "password12",
  "password123",
  "password!",
  "passw0rd",
  "qwertyuiop",
  "qwerty123",
  "qwerty12",
  "1q2w3e4r",
  "1q2w3e4r5t",
  "1qaz2wsx",
  "zaq12wsx",
  "iloveyou",
  "iloveyou1",
  "sunshine",
  "princess",
  "football",
  "baseball",
  "basketball",
  "superman",
  "starwars",
  "whatever",
  "trustno1",
  "11111111",
  "00000000",
  "88888888",
  "87654321",
  "abcd1234",
  "abc12345",
  "abcdefgh",
  "letmein1",
  "welcome1",
  "welcome123",
  "admin123",
  "administrator",
  "changeme",
  "computer",
  "internet",
  "jennifer",
  "michelle",
  "mercedes",
  "corvette",
  "liverpool",
  "chelsea1",
  "charlie1",
  "jordan23",
  "dragon123",
  "monkey123",
  "shadow12",
  "master123",
  "michael1",
  "qazwsxedc",
  "asdfghjkl",
  "asdfasdf",
  "zxcvbnm1",
  "1234qwer",
  "q1w2e3r4",
  "aa123456",
  "samsung1",
  "pokemon1",
  "loveyou1",
  "lovelove",
  "hello123",
  "secret123",
  "summer2024",
  "summer2025",
  "winter2024",
  "winter2025",
  "spring2025",
  "autumn2025",
  "p@ssw0rd",
  "p@ssword",
  "passwort",
  "motdepasse",
  "contraseña",
  "123123123",
  "123321123",
  "147258369",
  "987654321",
  "qwerty1234",
  "password2024",
  "password2025",
  "password2026",
  "sessionvsjwt",
  "sessionvsjwtlab",
  "jwtlab",
];

let list: { entries: Set<string>; longest: number } | null = null;

/** Shorter words leave too little to go on: "ab" and some digits is not a disguised entry. */
const MIN_FORM = 4;

function commonPasswords(): { entries: Set<string>; longest: number } {
  if (list === null) {
    const entries = new Set(
      [...dictionary["passwords-common"], ...OUR_OWN]
        .map((password) => password.normalize("NFKC").toLowerCase())
        .filter((password) => password.length >= MIN_FORM),
    );
    list = { entries, longest: Math.max(...[...entries].map((entry) => entry.length)) };
  }
  return list;
}

/**
 * True when the password is on the common-passwords list, or is an entry in disguise (another
 * case, digits or symbols at its ends, look-alike substitutions, backwards: ./password-forms.ts).
 */
export function isCommonPassword(password: string): boolean {
  // A few characters over and over ("aaaaaaaa", "abcabcabc") is on no list and found at once.
  for (const base of passwordBases(password)) if ([...base].length < MIN_FORM) return true;
  const { entries, longest } = commonPasswords();
  for (const form of passwordForms(password, MIN_FORM, longest)) if (entries.has(form)) return true;
  return false;
}

/** True when the password is `word` (the username, say) in one of the same disguises. */
export function isPasswordBasedOn(password: string, word: string): boolean {
  const normalised = word.normalize("NFKC").toLowerCase();
  if (normalised.length === 0) return false;
  return passwordForms(password, normalised.length, normalised.length).has(normalised);
}

/** How many entries the list holds (each also refused in disguise). */
export function commonPasswordCount(): number {
  return commonPasswords().entries.size;
}
