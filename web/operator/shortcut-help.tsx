import { Kbd, Modal, Table, Text } from '@mantine/core';
import { useI18n } from '../shared/i18n.js';
import { SHORTCUTS } from './shortcuts.js';

/** The "?" help: every shortcut of the console, from the same list the handlers use. */
export function ShortcutHelp(props: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('call.help')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text size="sm" mb="sm">
        {t('call.helpIntro')}
      </Text>
      <Table>
        <Table.Tbody>
          {Object.values(SHORTCUTS).map((s) => (
            <Table.Tr key={s.keys}>
              <Table.Td>
                <Kbd>{s.label}</Kbd>
              </Table.Td>
              <Table.Td>{t(s.help)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
