export * from './json-pointer-lines';
export * from './text-report';
export * from './json-report';
export * from './sarif-report';
export * from './rules-table';
