import { dictionary } from "@zxcvbn-ts/language-common";

// Common passwords are refused at sign-up and password change, as NIST SP 800-63B §3.1.1.2 and
// ASVS 5.0 (at least the top 3,000) ask: the ~49,000 of zxcvbn-ts's maintained list of breach
// corpora, shipped in the package (no network), plus a few recent ones of our own. Only those of
// 8 characters or more are kept, since shorter ones are refused anyway.
const OUR_OWN = [
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
];

let list: Set<string> | null = null;

function commonPasswords(): Set<string> {
  list ??= new Set(
    [...dictionary["passwords-common"], ...OUR_OWN]
      .filter((password) => password.length >= 8)
      .map((password) => password.toLowerCase()),
  );
  return list;
}

/** True when the password is on the common-passwords list (compared case-insensitively). */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

/** How many passwords the list refuses. */
export function commonPasswordCount(): number {
  return commonPasswords().size;
}
