/**
 * A synthetic `paste` carrying text/plain, which every rich editor here reads (Lexical, Draft.js, ProseMirror).
 * Chromium takes the text as the standard `clipboardData` DataTransfer. Gecko's ClipboardEventInit has no
 * `clipboardData`: it ignores one (the "Firefox sends an empty DataTransfer" that other extensions work around by
 * building the event in the page's realm) and instead builds the event's DataTransfer itself from its own
 * `dataType` and `data` members. Giving both makes one event that carries the text in either browser, with no
 * script in the page; the browser tests fix every editor in both.
 */
export function pasteEvent(text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const init: ClipboardEventInit & { dataType: string; data: string } = {
    clipboardData: data,
    dataType: 'text/plain',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  return new ClipboardEvent('paste', init);
}
