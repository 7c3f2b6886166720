export {
  EmbeddedGraphStore,
  openEmbeddedStore,
  type EmbeddedOptions,
  type OpenReport,
} from './embedded-store';
export { KuzuExecutor } from './kuzu-executor';
