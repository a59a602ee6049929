export function withRequestHost<T>(url: T, host: string): T;
export function pinRequestHost(req: object, host: string): void;
