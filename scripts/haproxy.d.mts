export interface ServerStats {
  status: string;
  sent: number;
  retried: number;
  redispatched: number;
}
export function ensureHaproxy(): string;
export function readServerStats(socket: string): Promise<Map<string, ServerStats>>;
export function startHaproxy(
  servers: Array<{ name: string; port: number }>,
): Promise<{ url: string; port: number; socket: string; stop: () => void }>;
