export function ensureRedisServer(): string;
export function startRedisServer(): Promise<{ url: string; port: number; stop: () => void }>;
