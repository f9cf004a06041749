import { maskPersonalNumber } from '@grassroots/core';
import { describe, expect, it } from 'vitest';
import { maskPhone } from '../src/common/mask.ts';

describe('phone numbers in the audit trail', () => {
  it('are masked the way the API masks them everywhere else', () => {
    for (const phone of ['13812345678', '0473-1234567', '04731234567', '12345']) {
      expect(maskPhone(phone)).toBe(maskPersonalNumber(phone));
    }
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
