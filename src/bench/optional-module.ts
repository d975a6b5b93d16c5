// Loads a module of the bench that another part of the project provides, or says it is missing,
// so the bench prints "not available" for that part instead of failing to build or to run.
export async function importOptional(url: URL): Promise<Record<string, unknown> | null> {
  try {
    return (await import(url.href)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(url.pathname)) return null;
    throw error;
  }
}
