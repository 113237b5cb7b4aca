/*
 * A page for the browser test of the address picker alone
 * (test/e2e/address-picker.e2e.test.ts builds it). Not a build input of the
 * product: the operator console embeds the picker itself.
 */
import { Code, Container, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { AddressPicker, type AddressValue } from '../shared/address-picker.js';
import { mount } from '../shared/mount.js';

function PickerPage() {
  const [value, setValue] = useState<AddressValue>({});
  return (
    <Container size="md" py="md" component="main">
      <Stack>
        <Title order={1}>Adres seçici</Title>
        <AddressPicker legend="Alış adresi" value={value} onChange={setValue} />
        <Code block data-testid="value" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {JSON.stringify(value)}
        </Code>
      </Stack>
    </Container>
  );
}

mount(<PickerPage />);
