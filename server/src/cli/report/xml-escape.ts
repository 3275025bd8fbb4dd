/**
 * Characters XML 1.0 forbids anywhere, even as `&#...;` references: controls other than tab, newline
 * and carriage return, lone surrogates, U+FFFE and U+FFFF. A config file can hold any byte, and a
 * message quoting it must not make the whole report unreadable, so these are dropped.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for an element's content; a carriage return is a reference, as a parser would turn a literal one into a newline. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/**
 * Text for a double- or single-quoted attribute value. Tab and newline (and, through `xmlText`,
 * carriage return) are written as character references because a parser would otherwise normalise
 * them to spaces.
 */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
