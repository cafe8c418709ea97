/**
 * Calls `found` for every element matching `selector` that joins the document later (an added
 * element itself, or inside an added subtree), then `after` once per batch. Only the added
 * subtrees are searched, never the whole page again; while the page parses this runs for every
 * few nodes, so an element without children needs no search. Returns the observer.
 */
export function watchAdded(selector: string, found: (element: Element) => void, after?: () => void): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const { addedNodes } of records)
      for (const node of addedNodes)
        if (node instanceof Element) {
          if (node.matches(selector)) found(node);
          if (node.firstElementChild) node.querySelectorAll(selector).forEach(found);
        }
    after?.();
  });
  observer.observe(document, { childList: true, subtree: true });
  return observer;
}
