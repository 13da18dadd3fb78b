import type { DocumentKind, Rule } from '../knowledge/knowledge.model.ts';
import { lineageOf } from '../knowledge/taxonomy.ts';
import type { ProductProfile } from './product-profile.ts';
import type { RiskLevel } from './report.model.ts';

/**
 * The documents a shipment needs: what the applicable rules name, plus what the risk level calls for — every
 * shipment a commercial invoice and a packing list; medium and high risk the certificates behind the
 * certifications; high risk also the supplier's qualification, customs pre-approval, and for branded goods
 * proof of authenticity.
 */
export function documentsFor(
  level: RiskLevel,
  rules: readonly Rule[],
  product: ProductProfile,
): { kind: DocumentKind; why: string }[] {
  const documents = new Map<DocumentKind, string>();
  const add = (kind: DocumentKind, why: string) => {
    if (!documents.has(kind)) documents.set(kind, why);
  };
  add('commercial_invoice', 'every shipment');
  add('packing_list', 'every shipment');
  for (const rule of rules) for (const kind of rule.documents) add(kind, `rule ${rule.id}`);
  if (level === 'high') {
    add('supplier_qualification', 'high risk: the supplier must be qualified');
    add('customs_pre_approval', 'high risk: ask customs before the first shipment');
    const lineage = product.category ? lineageOf(product.category) : [];
    if (product.brand || lineage.includes('luxury-goods') || lineage.includes('jewellery')) {
      add('authenticity_verification', 'high risk: branded goods must be proven genuine');
    }
  }
  return [...documents].map(([kind, why]) => ({ kind, why }));
}
