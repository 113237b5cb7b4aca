import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';

export function createRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'Access token from POST /auth/login (valid for minutes; renew with POST /auth/refresh)',
  });
  return registry;
}

export function openApiDocument(registry: OpenAPIRegistry) {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Yoldaş API',
      version: '0.1.0',
      description:
        'Booking, fleet and dispatch API for municipal door-to-door transport. Errors answer `{ error: { code, message, issues[] } }` in Turkish or English by Accept-Language. Realtime updates come over Socket.IO at /socket.io (auth: `{ token }`).',
    },
    servers: [{ url: '/api' }],
  });
}
