// For tools that read .ts without Vue support (ESLint's type checker); vue-tsc resolves the real .vue files first.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
