import { Suspense, createContext, useContext, type ComponentType, type Context } from 'react';

/**
 * A place in one feature's page where another feature's component shows (the RSVP panel on a
 * meetup's card, the moderation panel on an issue's page…). Features never import each other:
 * the feature that has the place declares a slot with the props it passes, and app/ fills it with
 * the other feature's component (`app/feature-slots.tsx`). An unfilled slot shows nothing.
 */
export interface Slot<P extends object> {
  readonly name: string;
  readonly context: Context<ComponentType<P> | null>;
  /** Renders the component app/ put in this slot, if any, waiting quietly while it loads. */
  Render: ComponentType<P>;
}

export function createSlot<P extends object>(name: string): Slot<P> {
  const context = createContext<ComponentType<P> | null>(null);
  function Render(props: P) {
    const Filled = useContext(context);
    if (!Filled) return null;
    return (
      <Suspense fallback={null}>
        <Filled {...props} />
      </Suspense>
    );
  }
  Render.displayName = `Slot(${name})`;
  return { name, context, Render };
}
