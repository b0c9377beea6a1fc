/** Milliseconds between the Unix epoch and PostgreSQL's (2000-01-01T00:00:00Z). */
export const POSTGRES_EPOCH_MS = 946_684_800_000;
const TWO_32 = 4_294_967_296;

/**
 * A timestamp as PostgreSQL's binary format stores it, int64 microseconds since 2000-01-01, split into its
 * high (signed) and low (unsigned) 32-bit halves, exactly and without BigInt: the product by 1000 may pass
 * 2^53 (after year 2255), so the halves of the millisecond count are multiplied separately.
 */
export function postgresMicrosHalves(unixMs: number, out: [number, number] = [0, 0]): [number, number] {
  const ms = unixMs - POSTGRES_EPOCH_MS;
  const msHigh = Math.floor(ms / TWO_32);
  const lowMicros = (ms - msHigh * TWO_32) * 1000; // < 2^42: exact
  const carry = Math.floor(lowMicros / TWO_32);
  out[0] = msHigh * 1000 + carry;
  out[1] = lowMicros - carry * TWO_32;
  return out;
}
