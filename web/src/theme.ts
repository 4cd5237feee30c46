import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm ocean blue: trustworthy without the default-template look of plain "blue".
const ocean: MantineColorsTuple = [
  '#e7f5fb',
  '#d3e8f2',
  '#a6cfe4',
  '#75b5d6',
  '#4c9fca',
  '#3291c3',
  '#2289c0',
  '#0b6b9a',
  '#005f8a',
  '#00527a',
];

const FONT = "'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export const theme = createTheme({
  primaryColor: 'ocean',
  primaryShade: { light: 7, dark: 5 },
  colors: { ocean },
  fontFamily: FONT,
  headings: { fontFamily: FONT, fontWeight: '600' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'lg', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'lg' } },
    Button: { defaultProps: { radius: 'md' } },
    Modal: { defaultProps: { radius: 'lg', centered: true }, styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } } },
    Badge: { defaultProps: { radius: 'sm', variant: 'light' } },
    Tooltip: { defaultProps: { withArrow: true } },
  },
});
