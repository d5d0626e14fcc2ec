import { createApp } from 'vue';
// Registers <pay-ladder> (and its chart and comparison elements).
import 'pay-ladder/define';
import App from './App.vue';

createApp(App).mount('#app');
