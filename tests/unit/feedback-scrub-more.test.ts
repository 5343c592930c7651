import { describe, expect, it } from 'vitest';
import { scrubPersonalData } from '@/lib/feedback/scrub';

describe('scrubbing the personal data that used to get through', () => {
  it.each([
    ['card 4111.1111.1111.1111 declined', 'card [number] declined'],
    ['card 4111_1111_1111_1111', 'card [number]'],
    ['amex 3782/822463/10005', 'amex [number]'],
    ['call 555.123.4567 now', 'call [phone] now'],
    ['call +1.555.123.4567', 'call [phone]'],
    ['write to ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ please', 'write to [email] please'],
    ['mail john@localhost', 'mail [email]'],
    ['my IP is 203.0.113.7, router 192.168.0.1', 'my IP is [ip], router [ip]'],
    ['from 2001:db8::1 and fe80::1ff:fe23:4567:890a', 'from [ip] and [ip]'],
    ['身份证 11010519491231002X 谢谢', '身份证 [id] 谢谢'],
    ['HKID A123456(7) and AB987654(A)', 'HKID [id] and [id]'],
    ['身分證 A123456789', '身分證 [id]'],
    ['SSN 123-45-6789', 'SSN [id]'],
    ['full-width ＩＰ １９２．１６８．０．１', 'full-width ＩＰ [ip]'],
  ])('replaces %j', (input, expected) => {
    expect(scrubPersonalData(input)).toBe(expected);
  });

  it.each(['meet at 12:30:45', 'version 1.2.3 and build 10.0.19045.3803', 'costs 1,200.50 dollars', '第二步，點「安全」。'])(
    'keeps %j',
    (input) => {
      expect(scrubPersonalData(input)).toBe(input);
    },
  );
});
