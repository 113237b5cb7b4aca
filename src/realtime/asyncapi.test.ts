import specs from '@asyncapi/specs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { asyncApiDocument } from './asyncapi.js';
import { asyncApiPage } from './asyncapi-page.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => void;

describe('the realtime contract (AsyncAPI)', () => {
  const document = asyncApiDocument({ serverUrl: 'https://yoldas.test' });

  it('is a valid AsyncAPI 3.0 document', () => {
    // The specification's schema embeds its own draft-07 meta-schema.
    const ajv = new Ajv({ meta: false, validateSchema: false, strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(
      (specs as unknown as { schemas: Record<string, object> }).schemas['3.0.0'] ?? {},
    );
    expect(validate(JSON.parse(JSON.stringify(document))), ajv.errorsText(validate.errors)).toBe(
      true,
    );
  });

  it('names every event of events.ts, with its payload and the acknowledgement of client events', () => {
    const names = Object.values(document.components.messages).map(
      (m) => (m as { name: string }).name,
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'manifest',
        'booking:updated',
        'driver:report',
        'driver:manifest',
        'connect_error',
      ]),
    );
    const report = document.operations.receiveDriverReport as { reply?: unknown };
    expect(report.reply).toBeDefined();
    for (const id of ['DriverManifests', 'Booking', 'DriverTap', 'DriverReportAck', 'AckError'])
      expect(document.components.schemas).toHaveProperty(id);
    expect(document.servers.api).toMatchObject({
      host: 'yoldas.test',
      protocol: 'wss',
      pathname: '/socket.io',
    });
  });

  it('reads as a page: each event with its direction and a link to its payload', () => {
    const page = asyncApiPage(document as never);
    for (const event of ['manifest', 'booking:updated', 'driver:report', 'driver:manifest'])
      expect(page).toContain(`id="event-${event}"`);
    expect(page).toContain('href="#schema-DriverTap"');
    expect(page).not.toMatch(/<script/i);
  });
});
