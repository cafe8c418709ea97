import { expect } from '@open-wc/testing';
import { addMonths, decodeRecord, encodeRecord, expiryOf, hashText } from './consent-record.js';

const record = {
  consentId: '3f1c7b9e-2a4d-4e8f-9b6a-0c1d2e3f4a5b',
  timestamp: Date.UTC(2025, 0, 31, 12),
  revision: 3,
  policy: undefined as string | undefined,
  choices: { necessary: true, analytics: true, marketing: false },
};

describe('consent cookie value', () => {
  it('survives a round trip', () => {
    expect(decodeRecord(encodeRecord(record))).to.deep.equal(record);
  });

  it('carries the hash of the policy version when there is one', () => {
    const withPolicy = { ...record, policy: hashText('2.0') };
    expect(encodeRecord(withPolicy)).to.contain(`|3.${withPolicy.policy}|`);
    expect(decodeRecord(encodeRecord(withPolicy))).to.deep.equal(withPolicy);
  });

  it('is compact and uses only characters js-cookie writes as they are', () => {
    const value = encodeRecord(record);
    expect(value.length).to.be.below(100);
    expect(value).to.match(/^[\w|=&.-]+$/);
  });

  const rejected: Array<[string, unknown]> = [
    ['an empty string', ''],
    ['undefined', undefined],
    ['a number', 42],
    ['JSON from another tool', '{"necessary":true,"analytics":true}'],
    ['a js-cookie JSON value', 'j:{"a":1}'],
    ['another version', encodeRecord(record).replace(/^1/, '2')],
    ['a truncated value', encodeRecord(record).slice(0, 30)],
    ['a value cut inside the choices', encodeRecord(record).slice(0, -3)],
    ['a bad consent id', encodeRecord({ ...record, consentId: 'not-a-uuid' })],
    ['a negative revision', encodeRecord(record).replace('|3|', '|-3|')],
    ['a flag that is not 0 or 1', encodeRecord(record).replace('analytics=1', 'analytics=2')],
    ['a __proto__ category', encodeRecord(record) + '&__proto__=1'],
    ['a category name with a space', encodeRecord(record).replace('analytics', 'ana lytics')],
    ['a duplicated category', encodeRecord(record) + '&analytics=1'],
    ['an oversized value', encodeRecord(record) + '&x=1'.repeat(400)],
    ['percent-encoded HTML', encodeURIComponent('<img src=x onerror=alert(1)>')],
    ['a script in the choices', encodeRecord(record).replace('marketing=0', '<script>=1')],
    ['a timestamp beyond safe integers', encodeRecord(record).replace(/\|[0-9a-z]+\|3\|/, '|zzzzzzzzzzz|3|')],
    ['extra fields', encodeRecord(record) + '|extra'],
  ];
  for (const [what, value] of rejected)
    it(`counts ${what} as no decision`, () => {
      expect(decodeRecord(value)).to.equal(undefined);
    });

  it('reads a "constructor" choice as a plain entry, not as the object\'s constructor', () => {
    const decoded = decodeRecord(encodeRecord(record) + '&constructor=1')!;
    expect(Object.getPrototypeOf(decoded.choices)).to.equal(null);
    expect(decoded.choices.constructor).to.equal(true);
  });

  it('does not pollute Object.prototype with a forged __proto__ choice', () => {
    decodeRecord('1|3f1c7b9e-2a4d-4e8f-9b6a-0c1d2e3f4a5b|m6kq|1|__proto__=1');
    expect(({} as Record<string, unknown>).analytics).to.equal(undefined);
  });
});

describe('13 calendar months', () => {
  const at = (y: number, m: number, d: number, h = 10) => new Date(y, m - 1, d, h).getTime();
  const ymd = (date: Date) => [date.getFullYear(), date.getMonth() + 1, date.getDate()];

  it('keeps the day of the month', () => {
    expect(ymd(expiryOf(at(2025, 3, 15)))).to.deep.equal([2026, 4, 15]);
  });
  it('turns 31 January into the last day of the next February', () => {
    expect(ymd(expiryOf(at(2025, 1, 31)))).to.deep.equal([2026, 2, 28]);
  });
  it('knows leap years: 31 January 2027 ends on 29 February 2028', () => {
    expect(ymd(expiryOf(at(2027, 1, 31)))).to.deep.equal([2028, 2, 29]);
  });
  it('turns 31 October into 30 November of the next year', () => {
    expect(ymd(expiryOf(at(2025, 10, 31)))).to.deep.equal([2026, 11, 30]);
  });
  it('turns 29 February into 29 March of the next year', () => {
    expect(ymd(expiryOf(at(2024, 2, 29)))).to.deep.equal([2025, 3, 29]);
  });
  it('crosses the year end: 30 December ends on 30 January, two years on', () => {
    expect(ymd(expiryOf(at(2025, 12, 30)))).to.deep.equal([2027, 1, 30]);
  });
  it('keeps the time of day', () => {
    expect(addMonths(at(2025, 5, 5, 17), 13).getHours()).to.equal(17);
  });
});
