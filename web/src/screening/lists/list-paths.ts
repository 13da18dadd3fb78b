export function listHistoryPath(source: string): string {
  return `/screening/lists/${encodeURIComponent(source)}`;
}

export function listVersionPath(source: string, versionId: string): string {
  return `${listHistoryPath(source)}/versions/${encodeURIComponent(versionId)}`;
}
