export * from './check-compatibility';
export * from './generated-scripts';
export { LOWEST_SUPPORTED_VERSION, commandInventory, dotnetInventory } from './inventories';
export type { WindowsPowerShellVersion } from './inventories';
export { NEWER_SYNTAX } from './newer-syntax';
export { TYPE_ACCELERATORS, resolveTypeName } from './type-names';
