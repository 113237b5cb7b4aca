import { Button } from '@mantine/core';

/**
 * A small button in a table row, named for screen readers with the row it
 * acts on ("Düzenle: 41 AT 101"), since every row has the same buttons.
 */
export function RowAction(props: {
  label: string;
  of: string;
  onClick: () => void;
  danger?: boolean;
}) {
  return (
    <Button
      size="xs"
      {...(props.danger ? { color: 'red.9', variant: 'outline' } : { variant: 'default' })}
      onClick={props.onClick}
      aria-label={`${props.label}: ${props.of}`}
    >
      {props.label}
    </Button>
  );
}
