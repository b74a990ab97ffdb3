import { networkInterfaces } from 'node:os';

const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);

/**
 * This laptop's IPv4 addresses that trainees' devices can reach, private (room Wi-Fi, LAN) ones first. With no
 * network at all, only loopback: the classroom still opens, for trainees on this same laptop.
 */
export function roomAddresses(): string[] {
  const found = Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.'))
    .map((a) => a.address);
  const ordered = [...new Set(found)].sort((a, b) => Number(isPrivate(b)) - Number(isPrivate(a)));
  return ordered.length > 0 ? ordered : ['127.0.0.1'];
}
