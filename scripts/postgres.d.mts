export function ensurePostgres(): string;
export function startPostgresServer(): Promise<{ url: string; port: number; stop: () => void }>;
export function createDatabase(adminUrl: string, name: string): Promise<string>;
export function dropDatabase(adminUrl: string, name: string): Promise<void>;
