import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Shade 8 of Mantine's blue keeps white text above the WCAG AA contrast ratio (the default shade 6 fails it). */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif',
  components: {
    Anchor: { defaultProps: { c: 'blue.9' } },
    // The default grey of a notification's text is too pale for WCAG AA.
    Notification: { styles: { description: { color: 'var(--mantine-color-gray-8)' } } },
  },
});

/** Mantine's default greys, error red and light-variant blue are too pale for WCAG AA on white: darken them. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
  },
  dark: {},
});
