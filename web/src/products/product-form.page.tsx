import { Button, Group, Loader, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Product, ProductInput } from '../api/products.types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useProduct, useSaveProduct } from './product-queries.ts';

const split = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

function ProductForm({ product }: { product?: Product }) {
  const navigate = useNavigate();
  const save = useSaveProduct(product?.id);
  const [form, setForm] = useState({
    sku: product?.sku ?? '',
    name: product?.name ?? '',
    category: product?.category ?? '',
    hsCode: product?.hsCode ?? '',
    brand: product?.brand ?? '',
    thirdPartyBrand:
      product?.thirdPartyBrand === null || product?.thirdPartyBrand === undefined
        ? ''
        : String(product.thirdPartyBrand),
    ingredients: product?.ingredients.join('; ') ?? '',
    specifications: product?.specifications ?? '',
    origin: product?.origin ?? '',
    targetMarkets: product?.targetMarkets.join(', ') ?? '',
    certifications: product?.certifications.join(', ') ?? '',
  });
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (event: { currentTarget: { value: string } }) =>
      setForm({ ...form, [key]: event.currentTarget.value }),
  });
  const submit = () => {
    const input: ProductInput & { version?: number } = {
      sku: form.sku,
      name: form.name,
      category: form.category,
      hsCode: form.hsCode || null,
      brand: form.brand || null,
      thirdPartyBrand: form.thirdPartyBrand === '' ? null : form.thirdPartyBrand === 'true',
      ingredients: split(form.ingredients, /;/),
      specifications: form.specifications,
      origin: form.origin || null,
      targetMarkets: split(form.targetMarkets, /[,\s]+/).map((m) => m.toUpperCase()),
      certifications: split(form.certifications, /[,;]/).map((c) => c.toUpperCase()),
      ...(product ? { version: product.version } : {}),
    };
    save.mutate(input, { onSuccess: (saved) => navigate(`/products/${saved.id}`) });
  };
  return (
    <Paper withBorder p="md" radius="sm" maw={760}>
      <Stack>
        {save.isError && <ErrorAlert error={save.error} title="The product could not be saved" />}
        <Group grow>
          <TextInput label="SKU" required {...field('sku')} />
          <TextInput label="Name" required {...field('name')} />
        </Group>
        <Group grow>
          <TextInput
            label="Category"
            description="In your own words: power bank, lipstick, toy…"
            {...field('category')}
          />
          <TextInput label="HS code" description="4 to 10 digits" {...field('hsCode')} />
        </Group>
        <Group grow>
          <TextInput label="Brand" {...field('brand')} />
          <Select
            label="Brand owned by"
            data={[
              { value: '', label: 'Not said' },
              { value: 'false', label: 'Us' },
              { value: 'true', label: 'A third party' },
            ]}
            value={form.thirdPartyBrand}
            onChange={(value) => setForm({ ...form, thirdPartyBrand: value ?? '' })}
          />
          <TextInput label="Origin" description="Country code" {...field('origin')} />
        </Group>
        <Textarea
          label="Ingredients"
          description="Separated by semicolons; (CAS …) and a % where known"
          autosize
          minRows={2}
          {...field('ingredients')}
        />
        <Textarea
          label="Specifications"
          description="Battery, radio, voltage, age grade, laser class…"
          autosize
          minRows={2}
          {...field('specifications')}
        />
        <Group grow>
          <TextInput label="Target markets" description="Country codes or EU" {...field('targetMarkets')} />
          <TextInput
            label="Certifications held"
            description="CE, FCC-SDOC, PSE-CIRCLE…"
            {...field('certifications')}
          />
        </Group>
        <Group>
          <Button onClick={submit} loading={save.isPending}>
            Save
          </Button>
          <Button variant="default" onClick={() => navigate(-1)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function ProductCreatePage() {
  return (
    <Stack>
      <Title order={2}>New product</Title>
      <ProductForm />
    </Stack>
  );
}

export function ProductEditPage() {
  const { id = '' } = useParams();
  const product = useProduct(id);
  if (product.isError) return <ErrorAlert error={product.error} title="The product could not be loaded" />;
  if (!product.data) return <Loader />;
  return (
    <Stack>
      <Title order={2}>Edit {product.data.name}</Title>
      <ProductForm product={product.data} />
    </Stack>
  );
}
