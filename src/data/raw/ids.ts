import { randomBytes } from 'node:crypto';

let counter = 0;

/** A collision-resistant id in the shape of a cuid (`c` + 24 base-36 characters). */
export function newId(): string {
  counter = (counter + 1) % 1_679_616;
  const time = Date.now().toString(36).padStart(9, '0').slice(-9);
  const count = counter.toString(36).padStart(4, '0');
  const random = BigInt(`0x${randomBytes(8).toString('hex')}`).toString(36).padStart(11, '0').slice(-11);
  return `c${time}${count}${random}`;
}
