import { fakerVI } from '@faker-js/faker';

/** A Vietnamese full name, family name first ("Trần Đức Thắng"), as people write it. */
export function vietnameseName(f = fakerVI): string {
  return `${f.person.lastName()} ${f.person.firstName()}`.normalize('NFC');
}
