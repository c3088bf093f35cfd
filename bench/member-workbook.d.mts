export function memberWorkbook(path: string, options: { unit: string; rows: { name: string; position?: string; form: string; achievement?: string }[]; section?: string }): Promise<void>;
