export const apiKeysQueryKey = ['api-keys'] as const;
