import { createTheme } from '@mantine/core';

/**
 * Large touch targets (≥ 44 px) and a focus ring that is always visible:
 * drivers tap with gloves, operators work from the keyboard.
 */
export const theme = createTheme({
  focusRing: 'always',
  primaryColor: 'blue',
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
