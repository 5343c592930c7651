import { describe, expect, it } from 'vitest';
import { scrubPersonalData } from '@/lib/feedback/scrub';

describe('scrubbing personal data from comments and queries', () => {
  it.each([
    ['mail me at john.doe+help@example.co.uk please', 'mail me at [email] please'],
    ['我的邮箱是abc@example.com谢谢', '我的邮箱是[email]谢谢'],
    ['13812345678@qq.com', '[email]'],
  ])('replaces the email address in %j', (input, expected) => {
    expect(scrubPersonalData(input)).toBe(expected);
  });

  it.each([
    ['call +44 20 7946 0958 today', 'call [phone] today'],
    ['US: +1 (555) 123-4567', 'US: [phone]'],
    ['+86 138-1234-5678', '[phone]'],
    ['电话 138 1234 5678 谢谢', '电话 [phone] 谢谢'],
    ['电话13812345678。', '电话[phone]。'],
    ['(555) 123-4567', '[phone]'],
    ['555-123-4567', '[phone]'],
    ['020 7946 0958', '[phone]'],
  ])('replaces the phone number in %j', (input, expected) => {
    expect(scrubPersonalData(input)).toBe(expected);
  });

  it.each([
    ['card 4111 1111 1111 1111 declined', 'card [number] declined'],
    ['4111-1111-1111-1111', '[number]'],
    ['account 12345678', 'account [number]'],
    ['order no. 2026112399887', 'order no. [number]'],
    ['ＩＤ１２３４５６７８９', 'ＩＤ[number]'],
    ['IBAN DE89 3704 0044 0532 0130 00', 'IBAN DE[number]'],
  ])('replaces the long digit run in %j', (input, expected) => {
    expect(scrubPersonalData(input)).toBe(expected);
  });

  it.each([
    'My iPhone 15 lost its 2FA codes',
    'Since 2026-11-23 the page says version 4.2.1, build 10.0.19045.3803',
    'from 23/11/2026 to 01/12/2026, and 2026-11-23 2026-12-01',
    'the 2024-2025 plan costs 1,200,000 yuan',
    'room 101, step 3 of 7, at 10:30-11:45, ticket #1234567',
    '重设密码后无法登录，怎么办？第二步的按钮找不到。',
    "SELECT * FROM votes WHERE id = 1; <b>bold</b> C++ 20",
  ])('leaves ordinary text alone: %j', (input) => {
    expect(scrubPersonalData(input)).toBe(input);
  });

  it('scrubs several kinds at once and keeps the text around them', () => {
    expect(scrubPersonalData('Order 12345678 on 2026-11-23: call 555-123-4567 or write to a@b.io.')).toBe(
      'Order [number] on 2026-11-23: call [phone] or write to [email].',
    );
  });
});
