export function ensureRedisServer(): string;
export function startRedisServer(options?: {
  port?: number;
}): Promise<{ url: string; port: number; stop: () => void }>;
