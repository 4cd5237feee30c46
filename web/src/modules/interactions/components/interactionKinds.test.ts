import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, parseDuration } from './interactionKinds';

describe('call durations', () => {
  it('reads mm:ss and plain minutes, refuses the rest', () => {
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('  ')).toBeNull();
    expect(parseDuration('3:05')).toBe(185);
    expect(parseDuration('0:45')).toBe(45);
    expect(parseDuration('125:00')).toBe(7500);
    expect(parseDuration('12')).toBe(720);
    expect(parseDuration('3:75')).toBeNaN();
    expect(parseDuration('3 phút')).toBeNaN();
    expect(parseDuration('-1')).toBeNaN();
  });
  it('shows m:ss, and h:mm:ss from an hour', () => {
    expect(formatDuration(185)).toBe('3:05');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
  it('shows file sizes in KB or MB', () => {
    expect(formatBytes(10)).toBe('1 KB');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });
});
