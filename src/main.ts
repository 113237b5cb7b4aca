import { ConfigError, loadConfig } from './config.js';
import { RedisBinaryMissing } from './infra/redis/redis-server-process.js';
import { startService } from './service.js';

/** Process entry: `node dist/main.js [--role api|worker]`. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env, process.argv.slice(2));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  let service: Awaited<ReturnType<typeof startService>>;
  try {
    service = await startService(config);
  } catch (error) {
    if (error instanceof RedisBinaryMissing) {
      console.error(error.message);
      process.exit(3);
    }
    throw error;
  }
  if (service.url)
    console.log(
      `Yoldaş: ${service.url}  (operator: ${service.url}/operator, driver: ${service.url}/driver, API docs: ${service.url}/api/docs)`,
    );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    service.logger.info({ signal }, 'stopping');
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
