import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // <pay-ladder>, <pay-ladder-chart>, <pay-ladder-compare> are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('pay-ladder') } },
    }),
  ],
  build: { target: 'es2022' },
});
