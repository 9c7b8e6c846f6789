// The sample profiles the test build includes (`./dev build --samples`), read from their
// files: the site itself never serves a list of members.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve, join } from 'node:path';

export type SampleMember = {
  id: string;
  name: string;
  country: string;
  city?: string;
  skills: string[];
  open_to?: string[];
};

export function sampleMembers(): SampleMember[] {
  const dir = resolve('samples/members');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ id: file.slice(0, -'.json'.length), ...JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}
