/**
 * `@property` and `@state` for our legacy (experimentalDecorators) build, the only kind this
 * project compiles. Lit's own decorators also carry the standard-decorator path, which every
 * page would download without using.
 */
import type { PropertyDeclaration, ReactiveElement } from 'lit';

/** A reactive property (attribute, reflection, type) as Lit's `@property`. */
export function property(options?: PropertyDeclaration) {
  return (proto: ReactiveElement, name: PropertyKey): void => {
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
  };
}

/** Internal reactive state: re-renders on change, no attribute (as Lit's `@state`). */
export function state() {
  return property({ state: true, attribute: false });
}
