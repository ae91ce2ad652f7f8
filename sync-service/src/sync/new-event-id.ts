import { randomBytes } from "node:crypto";

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** `ev-` + 10 base32 characters (50 random bits): short, URL-safe, never derived from content. */
export function newEventId(): string {
  const bytes = randomBytes(10);
  let id = "ev-";
  for (const byte of bytes) id += BASE32[byte & 31];
  return id;
}
