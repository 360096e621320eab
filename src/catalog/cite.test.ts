import { describe, expect, it } from 'vitest';
import { SOURCES } from '../directory/sources';
import { cite } from './cite';

describe('cite', () => {
  it('cites a page and a section', () => {
    expect(cite(SOURCES.sendToDuke, 'Contact Us')).toEqual({ url: SOURCES.sendToDuke.url, title: SOURCES.sendToDuke.title, section: 'Contact Us' });
  });

  it('returns an input issue, never a throw, for a page or a section that is not one', () => {
    for (const page of [undefined, null, Number.NaN, '', [], {}, { url: 'https://example.org' }, JSON.parse('{"__proto__":{"polluted":1}}')])
      expect(cite(page, 'Contact Us')).toMatchObject({ success: false, issues: [{ path: ['page'], code: 'invalid_input' }] });
    for (const section of [undefined, null, 1, {}])
      expect(cite(SOURCES.sendToDuke, section)).toMatchObject({ success: false, issues: [{ path: ['section'], code: 'invalid_input' }] });
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(cite(trap, 'Contact Us')).toMatchObject({ success: false, issues: [{ path: ['page'], code: 'unreadable_input' }] });
  });
});
