// The record checks on their own: user-agent reduction and normal forms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeUserAgent, validateRecord } from '../../../dist/server/index.js';

test('a user agent is reduced to its browser family, major version and device class', () => {
  const cases = [
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36', 'Chrome 156', 'desktop'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.3485.54', 'Edge 140', 'desktop'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15', 'Safari 18', 'desktop'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:141.0) Gecko/20100101 Firefox/141.0', 'Firefox 141', 'desktop'],
    ['Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36', 'Samsung Internet 27', 'mobile'],
    ['Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36', 'Chrome 139', 'tablet'],
    ['Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0.7204.156 Mobile/15E148 Safari/604.1', 'Chrome 138', 'tablet'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36 OPR/123.0.0.0', 'Opera 123', 'desktop'],
  ];
  for (const [userAgent, browser, device] of cases) assert.deepEqual(describeUserAgent(userAgent), { browser, device }, userAgent);
  assert.deepEqual(describeUserAgent('curl/8.5.0'), { browser: undefined, device: undefined });
});

test('a valid record comes out in normal form: lower-case id, canonical URL, version as text', () => {
  const now = Date.now();
  const record = validateRecord(
    {
      consentId: 'A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D',
      timestamp: now,
      revision: 0,
      policyVersion: 2,
      choices: {},
      reason: 'reject-all',
      gpc: true,
      language: 'pt-BR',
      url: 'HTTPS://Example.FR:443/a/../b',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:141.0) Gecko/20100101 Firefox/141.0',
    },
    { now, maxAgeMs: 86_400_000 },
  );
  assert.deepEqual(record, {
    consentId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    timestamp: now,
    revision: 0,
    policyVersion: '2',
    choices: {},
    reason: 'reject-all',
    gpc: true,
    language: 'pt-BR',
    url: 'https://example.fr/b',
    browser: 'Firefox 141',
    device: 'desktop',
  });
});
