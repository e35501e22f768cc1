import { describe, expect, it } from 'vitest';
import { devLakeMinutesBetween } from './time-span.js';

const at = (iso: string) => new Date(iso);

describe('devLakeMinutesBetween', () => {
  it('rounds a partial minute up', () => {
    expect(devLakeMinutesBetween(at('2023-04-12T04:51:47Z'), at('2023-04-12T04:51:49Z'))).toBe(1);
    expect(devLakeMinutesBetween(at('2023-04-12T04:51:49Z'), at('2023-04-12T05:51:47Z'))).toBe(60);
  });

  it('keeps a span less than a minute negative as 0, because DevLake rounds before it checks the sign', () => {
    const zero = devLakeMinutesBetween(at('2023-04-12T04:51:49Z'), at('2023-04-12T04:51:20Z'));
    expect(Object.is(zero, 0)).toBe(true);
  });

  it('drops a span a minute or more negative instead of clamping it', () => {
    expect(devLakeMinutesBetween(at('2023-04-13T04:51:47Z'), at('2023-04-12T04:51:47Z'))).toBeNull();
  });

  it('has no span when an end is missing', () => {
    expect(devLakeMinutesBetween(null, at('2023-04-12T04:51:47Z'))).toBeNull();
    expect(devLakeMinutesBetween(at('2023-04-12T04:51:47Z'), null)).toBeNull();
  });
});
