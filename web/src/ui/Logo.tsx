import { Group, Text } from '@mantine/core';

type LogoMarkProps = { size?: number; inverted?: boolean };

/** Two interlocking rings: the external and the internal customer, served together. */
export function LogoMark({ size = 32, inverted = false }: LogoMarkProps) {
  const tile = inverted ? '#fff' : 'var(--mantine-color-ocean-7)';
  const front = inverted ? 'var(--mantine-color-ocean-7)' : '#fff';
  const back = inverted ? 'var(--mantine-color-ocean-4)' : '#9fe3f5';
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill={tile} />
      <circle cx="12.5" cy="16" r="6.5" fill="none" stroke={front} strokeWidth="2.6" />
      <circle cx="19.5" cy="16" r="6.5" fill="none" stroke={back} strokeWidth="2.6" />
    </svg>
  );
}

type LogoProps = { size?: number; inverted?: boolean };

/** The product mark with its name; the name is a proper noun and is never translated. */
export function Logo({ size = 30, inverted = false }: LogoProps) {
  return (
    <Group gap={10} wrap="nowrap">
      <LogoMark size={size} inverted={inverted} />
      <Text fw={700} fz={size * 0.66} lh={1} c={inverted ? 'white' : undefined} style={{ letterSpacing: '-0.01em' }}>
        Tandem
      </Text>
    </Group>
  );
}
