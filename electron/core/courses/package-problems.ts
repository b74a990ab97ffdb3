import type { z } from 'zod';
import type { PackageProblem } from '../../shared/catalog.ts';

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

export function problemsFromZod(file: string, error: z.ZodError): PackageProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath(issue.path) || '(root)',
    message:
      issue.code === 'invalid_type' && issue.message.endsWith('received undefined')
        ? `missing: a ${issue.expected} is required here`
        : issue.message,
  }));
}
