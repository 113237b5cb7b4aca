import { createTheme } from '@mantine/core';

/**
 * Large touch targets (≥ 44 px) and a focus ring that is always visible:
 * drivers tap with gloves, operators work from the keyboard.
 */
export const theme = createTheme({
  focusRing: 'always',
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons above WCAG AA's 4.5:1 contrast.
  primaryShade: 8,
  // Filled orange and yellow buttons get dark text where white would be unreadable.
  autoContrast: true,
  defaultRadius: 'md',
  components: {
    Button: { defaultProps: { size: 'md' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    NumberInput: { defaultProps: { size: 'md' } },
    NativeSelect: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    Textarea: { defaultProps: { size: 'md' } },
    SegmentedControl: { defaultProps: { size: 'md' } },
  },
});
