import { Navigate, Route, Routes } from 'react-router';
import { ApiKeysPage } from './api-keys/api-keys.page.tsx';
import { AuditLogPage } from './audit/audit-log.page.tsx';
import { NotFoundPage } from './common/not-found.page.tsx';
import { ImportWizardPage } from './imports/import-wizard.page.tsx';
import { ProductDetailPage } from './products/product-detail.page.tsx';
import { ProductCreatePage, ProductEditPage } from './products/product-form.page.tsx';
import { ProductImportPage } from './products/product-import.page.tsx';
import { ProductsListPage } from './products/products-list.page.tsx';
import { NoticesPage } from './regulations/notices.page.tsx';
import { RegulationsBrowserPage } from './regulations/regulations-browser.page.tsx';
import { ListHistoryPage } from './screening/lists/list-history.page.tsx';
import { ListVersionPage } from './screening/lists/list-version.page.tsx';
import { ListsPage } from './screening/lists/lists.page.tsx';
import { ReviewItemPage } from './screening/review/review-item.page.tsx';
import { ReviewQueuePage } from './screening/review/review-queue.page.tsx';
import { ScreeningSearchPage } from './screening/search/screening-search.page.tsx';
import { AppLayout } from './shell/app-layout.tsx';
import { RequirePermission } from './shell/require-permission.tsx';
import { SupplierCreatePage } from './suppliers/supplier-create.page.tsx';
import { SupplierDetailPage } from './suppliers/supplier-detail.page.tsx';
import { SupplierEditPage } from './suppliers/supplier-edit.page.tsx';
import { SuppliersListPage } from './suppliers/suppliers-list.page.tsx';
import { UsersPage } from './users/users.page.tsx';

/** Every screening page reads; deciding and screening again check screening:review inside the page. */
const screeningRoutes = [
  { path: 'search', page: <ScreeningSearchPage /> },
  { path: 'review', page: <ReviewQueuePage /> },
  { path: 'review/:id', page: <ReviewItemPage /> },
  { path: 'lists', page: <ListsPage /> },
  { path: 'lists/:source', page: <ListHistoryPage /> },
  { path: 'lists/:source/versions/:versionId', page: <ListVersionPage /> },
];

/** Catalogue pages and the permission each needs. */
const productRoutes = [
  { path: '', permission: 'products:read', page: <ProductsListPage /> },
  { path: 'new', permission: 'products:write', page: <ProductCreatePage /> },
  { path: 'import', permission: 'products:import', page: <ProductImportPage /> },
  { path: ':id', permission: 'products:read', page: <ProductDetailPage /> },
  { path: ':id/edit', permission: 'products:write', page: <ProductEditPage /> },
] as const;

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/suppliers" replace />} />
        <Route path="suppliers">
          <Route
            index
            element={
              <RequirePermission permission="suppliers:read">
                <SuppliersListPage />
              </RequirePermission>
            }
          />
          <Route
            path="new"
            element={
              <RequirePermission permission="suppliers:write">
                <SupplierCreatePage />
              </RequirePermission>
            }
          />
          <Route
            path="import"
            element={
              <RequirePermission permission="suppliers:import">
                <ImportWizardPage />
              </RequirePermission>
            }
          />
          <Route
            path=":id"
            element={
              <RequirePermission permission="suppliers:read">
                <SupplierDetailPage />
              </RequirePermission>
            }
          />
          <Route
            path=":id/edit"
            element={
              <RequirePermission permission="suppliers:write">
                <SupplierEditPage />
              </RequirePermission>
            }
          />
        </Route>
        <Route path="screening">
          <Route index element={<Navigate to="/screening/review" replace />} />
          {screeningRoutes.map(({ path, page }) => (
            <Route
              key={path}
              path={path}
              element={<RequirePermission permission="screening:read">{page}</RequirePermission>}
            />
          ))}
        </Route>
        <Route path="products">
          {productRoutes.map(({ path, permission, page }) =>
            path === '' ? (
              <Route
                key="index"
                index
                element={<RequirePermission permission={permission}>{page}</RequirePermission>}
              />
            ) : (
              <Route
                key={path}
                path={path}
                element={<RequirePermission permission={permission}>{page}</RequirePermission>}
              />
            ),
          )}
        </Route>
        <Route path="regulations">
          <Route
            index
            element={
              <RequirePermission permission="regulations:read">
                <RegulationsBrowserPage />
              </RequirePermission>
            }
          />
          <Route
            path="notices"
            element={
              <RequirePermission permission="regulations:read">
                <NoticesPage />
              </RequirePermission>
            }
          />
        </Route>
        <Route
          path="audit"
          element={
            <RequirePermission permission="audit:read">
              <AuditLogPage />
            </RequirePermission>
          }
        />
        <Route
          path="users"
          element={
            <RequirePermission permission="users:manage">
              <UsersPage />
            </RequirePermission>
          }
        />
        <Route
          path="api-keys"
          element={
            <RequirePermission permission="api_keys:manage">
              <ApiKeysPage />
            </RequirePermission>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
