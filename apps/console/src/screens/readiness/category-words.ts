/** The category's words from the API's incidentCategories, falling back to the enum name in plain case. */
export function categoryWordsOf(
  list: readonly { category: string; words: string }[] | undefined,
): (category: string) => string {
  const byCategory = new Map((list ?? []).map((c) => [c.category, c.words]));
  return (category) =>
    byCategory.get(category) ?? category.charAt(0) + category.slice(1).toLowerCase().replace(/_/g, ' ');
}
