export * from './form-definition';
