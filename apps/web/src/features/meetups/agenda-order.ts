/** The ids in their new order after moving the one at `from` to `to` (drag and drop or Up/Down). */
export function moveItem<T>(ids: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= ids.length || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}
