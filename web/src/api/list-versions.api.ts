import { apiRequest } from './http-client.ts';
import type { ListQuery, Page } from './list.types.ts';
import type {
  ChangeKind,
  EntityChange,
  ListSource,
  ListsOverview,
  ListVersion,
  VersionChange,
} from './screening.types.ts';

export function getListsOverview(): Promise<ListsOverview> {
  return apiRequest('GET', '/api/screening/lists');
}

export function listListVersions(query: { source?: ListSource } & ListQuery): Promise<Page<ListVersion>> {
  return apiRequest('GET', '/api/screening/lists/versions', { query: { ...query } });
}

export function getListVersion(versionId: string): Promise<ListVersion> {
  return apiRequest('GET', `/api/screening/lists/versions/${encodeURIComponent(versionId)}`);
}

export function listVersionChanges(
  versionId: string,
  query: { change?: ChangeKind } & ListQuery,
): Promise<Page<VersionChange>> {
  return apiRequest('GET', `/api/screening/lists/versions/${encodeURIComponent(versionId)}/changes`, {
    query: { ...query },
  });
}

export function getEntityChange(versionId: string, entityId: string): Promise<EntityChange> {
  return apiRequest('GET', `/api/screening/lists/versions/${encodeURIComponent(versionId)}/entity`, {
    query: { entityId },
  });
}
