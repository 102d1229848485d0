// GOV.UK-style error summary: announced, focusable, each item links to its field.
export function ErrorSummary({ items, title = "There is a problem" }: { items: { href: string; text: string }[]; title?: string }) {
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.href + item.text}>
            <a href={item.href}>{item.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
