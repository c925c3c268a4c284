/**
 * Text with every number isolated in `<bdi>`, so digits (and their grouping commas) keep their
 * order inside Arabic sentences: "1,320 ريالًا" never turns into "320,1".
 */
const numberRun = /([0-9\u0660-\u0669](?:[0-9\u0660-\u0669,.\u066B\u066C]*[0-9\u0660-\u0669])?)/u;

export function IsolatedNumbers({ text }: { readonly text: string }) {
  const parts = text.split(numberRun);
  return (
    <>
      {parts.map((part, index) =>
        // split() with a capturing group puts the numbers at the odd indexes.
        index % 2 === 1 ? <bdi key={index}>{part}</bdi> : part,
      )}
    </>
  );
}

/** Fills `{{name}}` placeholders of a core text (the same syntax as i18next). */
export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, string>>,
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
