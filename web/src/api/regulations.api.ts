import { apiRequest } from './http-client.ts';
import type { Category, Market, Notice, Rule, RuleChange, Subscription } from './regulations.types.ts';

export function listMarkets(date?: string): Promise<{ items: Market[] }> {
  return apiRequest('GET', '/api/regulations/markets', { query: { date } });
}

export function listRules(query: {
  market?: string;
  topic?: string;
  category?: string;
  date?: string;
  q?: string;
}): Promise<{ items: Rule[] }> {
  return apiRequest('GET', '/api/regulations/rules', { query });
}

export function listChanges(query: {
  market?: string;
  topic?: string;
  category?: string;
  from?: string;
  days?: number;
}): Promise<{ items: RuleChange[] }> {
  return apiRequest('GET', '/api/regulations/changes', { query });
}

export function listCategories(): Promise<{ items: Category[] }> {
  return apiRequest('GET', '/api/regulations/categories');
}

export function listSubscriptions(): Promise<{ items: Subscription[] }> {
  return apiRequest('GET', '/api/regulations/subscriptions');
}

export function createSubscription(input: {
  markets: string[];
  topics: string[];
  categories: string[];
  email: boolean;
  webhookUrl: string | null;
}): Promise<Subscription & { webhookSecret: string | null }> {
  return apiRequest('POST', '/api/regulations/subscriptions', { body: input });
}

export function deleteSubscription(id: string): Promise<void> {
  return apiRequest('DELETE', `/api/regulations/subscriptions/${encodeURIComponent(id)}`);
}

export function listNotices(mine: boolean): Promise<{ items: Notice[] }> {
  return apiRequest('GET', '/api/regulations/notifications', { query: { mine } });
}

export function markNoticeRead(id: string): Promise<void> {
  return apiRequest('POST', `/api/regulations/notifications/${encodeURIComponent(id)}/read`);
}
