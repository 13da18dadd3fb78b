import { Badge, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif',
  components: {
    // Badges hold statuses and actions: never truncate them to "BLACKLIS…" in a narrow table column.
    Badge: Badge.extend({
      styles: { root: { maxWidth: 'none', flexShrink: 0 }, label: { overflow: 'visible' } },
    }),
  },
});
